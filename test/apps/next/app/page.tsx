// A server component: the page is rendered by `next build` / `next start`,
// the widgets inside it by the client component below.
import { FirstAid } from './first-aid';

export default function Page() {
  return (
    <main>
      <h1>Back spasm: first aid</h1>
      <FirstAid />
    </main>
  );
}
