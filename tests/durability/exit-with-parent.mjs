// Loaded into the server child with `--import` by the durability test, never in production.
// The test holds the other end of this process's stdin; when the test process dies (a crash,
// a timeout, Ctrl-C), the pipe closes and the server goes with it instead of living on as an orphan.
process.stdin.on('end', () => process.exit(70));
process.stdin.on('error', () => process.exit(70));
process.stdin.resume();
// A server that is waiting for requests should not be kept alive by this pipe alone.
process.stdin.unref();
