import { startDevServer } from '@web/dev-server';
import config from '/work/main/web-test-runner.config.mjs';
const server = await startDevServer({ config: { rootDir: '/work/main', port: 8765, nodeResolve: true, plugins: config.plugins }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
for (const path of ['/node_modules/react/index.js', '/node_modules/react-dom/client.js']) {
  const res = await fetch('http://127.0.0.1:8765' + path);
  console.log(path, res.status, (await res.text()).slice(0, 800));
}
await server.stop();
