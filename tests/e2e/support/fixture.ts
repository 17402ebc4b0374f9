import { after, afterEach, before, beforeEach } from 'node:test';
import { openSession, type Session } from './browser';
import { startServer, type TestServer } from './server';

/**
 * The hooks most e2e files share: one preview server per file, a fresh browser profile per test,
 * and after each test the server's overrides reset and the profile closed (fixtures clean up).
 */
export function serveAndOpen(bind: { server: (server: TestServer) => void; session: (session: Session) => void }) {
  let server: TestServer | undefined;
  let session: Session | undefined;
  before(async () => {
    server = await startServer();
    bind.server(server);
  });
  after(async () => {
    await server?.close();
  });
  beforeEach(async () => {
    session = await openSession();
    bind.session(session);
  });
  afterEach(async () => {
    server?.reset();
    await session?.close();
  });
}
