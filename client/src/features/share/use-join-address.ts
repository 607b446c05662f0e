import { JOIN_ADDRESSES_PATH, joinAddressesSchema, type JoinAddresses } from '@common-ground/shared';
import { useCallback, useEffect, useState } from 'react';
import { requestJson } from '../../lib/api';
import { isLoopbackHost, originsAt, pickOrigin, rememberedOriginKey } from './join-origin';

export interface JoinAddress {
  /** The origin every join link and QR code starts with. */
  origin: string;
  /** The origins to pick from when this laptop is on several networks; fewer than two: no choice. */
  choices: string[];
  choose(origin: string): void;
  /** The page is at `localhost` and the server knows no other address: nobody else can join. */
  unreachable: boolean;
}

/**
 * The address participants join at. Opened at a network address already, that is it. Opened at
 * `localhost`, it is the server's `PUBLIC_URL` or one of its network addresses: the facilitator's
 * pick, remembered per workshop in this browser, which the projector on the same laptop reads too.
 */
export function useJoinAddress(code: string): JoinAddress {
  const page = window.location;
  const local = isLoopbackHost(page.hostname);
  const addresses = useServerAddresses(local);
  const remembered = useRemembered(rememberedOriginKey(code));

  if (!local || !addresses) {
    return { origin: page.origin, choices: [], choose: remembered.set, unreachable: false };
  }
  if (addresses.publicUrl) {
    return { origin: addresses.publicUrl, choices: [], choose: remembered.set, unreachable: false };
  }
  const choices = originsAt(addresses.hosts, page);
  const origin = pickOrigin(choices, remembered.value);
  return { origin: origin ?? page.origin, choices, choose: remembered.set, unreachable: !origin };
}

/** Asks the server once where it can be reached; only a page at `localhost` needs to. */
function useServerAddresses(needed: boolean): JoinAddresses | null {
  const [addresses, setAddresses] = useState<JoinAddresses | null>(null);
  useEffect(() => {
    if (!needed) return;
    let cancelled = false;
    void requestJson(JOIN_ADDRESSES_PATH, joinAddressesSchema).then((result) => {
      if (!cancelled && result.ok) setAddresses(result.data);
    });
    return () => {
      cancelled = true;
    };
  }, [needed]);
  return addresses;
}

/** A value in localStorage that follows changes made in other tabs (the facilitator's pick). */
function useRemembered(key: string): { value: string | null; set: (value: string) => void } {
  const [value, setValue] = useState(() => readStored(key));
  useEffect(() => {
    setValue(readStored(key));
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) setValue(event.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [key]);
  const set = useCallback(
    (next: string) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, next);
      } catch {
        // Not remembered (private mode, full storage), but the pick holds on this page.
      }
    },
    [key],
  );
  return { value, set };
}

function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}
