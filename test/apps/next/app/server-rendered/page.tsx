// A server component that renders the checklist with spasm-widgets/ssr: its
// warning signs and numbers to call are in the HTML Next.js sends, before and
// without any script. React inserts the HTML as it is: the browser's parser
// makes the checklist's shadow root from its <template shadowrootmode>.
import { renderWidget } from 'spasm-widgets/ssr';

export default async function ServerRendered() {
  const checklist = await renderWidget('checklist', {
    lang: 'en-GB',
    'emergency-number': '999',
    'urgent-number': '111',
  });
  return (
    <main>
      <h1>Back spasm: first aid</h1>
      <div dangerouslySetInnerHTML={{ __html: checklist }} />
    </main>
  );
}
