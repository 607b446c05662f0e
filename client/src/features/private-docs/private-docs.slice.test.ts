import { emptyFollowUp } from '@common-ground/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../../app/store';
import { heldDoc } from './private-docs.slice';

const followUp = (tip: string) => ({
  ...emptyFollowUp('p-maria'),
  tips: [{ id: tip, text: tip, createdAt: 1 }],
});

describe('the private documents a screen holds', () => {
  beforeEach(() => resetStore());

  it('takes a newer version and ignores a late, older one', () => {
    const { keepDoc } = useStore.getState();
    keepDoc({ kind: 'followup', key: 'p-maria', version: 2, doc: followUp('newer') });
    keepDoc({ kind: 'followup', key: 'p-maria', version: 1, doc: followUp('older, arriving late') });
    expect(heldDoc(useStore.getState().privateDocs, 'followup', 'p-maria')?.tips[0]?.text).toBe('newer');
    keepDoc({ kind: 'followup', key: 'p-maria', version: 3, doc: followUp('newest') });
    expect(heldDoc(useStore.getState().privateDocs, 'followup', 'p-maria')?.tips[0]?.text).toBe('newest');
  });

  it('keeps documents of different kinds and keys apart', () => {
    const { keepDoc } = useStore.getState();
    keepDoc({ kind: 'followup', key: 'p-maria', version: 1, doc: followUp('for Maria') });
    keepDoc({ kind: 'followup', key: 'p-ben', version: 5, doc: { ...followUp('for Ben'), participantId: 'p-ben' } });
    const docs = useStore.getState().privateDocs;
    expect(heldDoc(docs, 'followup', 'p-maria')?.tips[0]?.text).toBe('for Maria');
    expect(heldDoc(docs, 'followup', 'p-ben')?.tips[0]?.text).toBe('for Ben');
    expect(heldDoc(docs, 'notebook', 'p-maria')).toBeUndefined();
  });
});
