/**
 * Commands the tests ask the test runner for (web-test-runner.config.mjs),
 * for what a page can't see of itself.
 *
 * `accessibility-tree`: Chromium's accessibility tree under the element a
 * selector finds, as a screen reader gets it, read over the page's DevTools
 * protocol session. @web/test-runner-commands' a11ySnapshot drops what it
 * finds uninteresting, and with it nodes a patient hears: a `role="timer"`
 * whose text is its child is neither a control nor a leaf, so the timer was
 * missing from its snapshot. Here every node with a role of its own stays;
 * only what assistive technology never gets is left out: ignored nodes
 * (aria-hidden ones, for instance), anonymous generic wrappers, and the
 * layout boxes inside each text. Firefox has no way to hand its tree to a test
 * (WebDriver BiDi has none): the command says so instead of answering.
 *
 * `screenshot`: a PNG of a part of the page as the browser painted it, as a
 * data URL, in Chromium and Firefox: for tests that measure real pixels.
 */

/** Wrappers that carry no meaning: their children take their place. */
const WRAPPERS = new Set(['generic', 'none', 'presentation']);

/** The properties a test reads, by CDP name. */
const KEPT = ['level', 'focused', 'live', 'atomic', 'relevant', 'checked', 'disabled', 'expanded', 'url'];

/** One CDP AXNode as the plain object the test gets, before its children. */
function plain(node) {
  const result = { role: node.role?.value ?? '', name: node.name?.value ?? '' };
  if (node.description?.value) result.description = node.description.value;
  for (const property of node.properties ?? []) {
    if (KEPT.includes(property.name)) result[property.name] = property.value.value;
  }
  return result;
}

/** The kept nodes at and under `id`: a node without meaning gives way to its children. */
function prune(id, byId) {
  const node = byId.get(id);
  if (!node) return [];
  const children = (node.childIds ?? []).flatMap((child) => prune(child, byId));
  if (node.ignored) return children;
  const role = node.role?.value ?? '';
  // The boxes a text is laid out in: the text says it all.
  if (role === 'InlineTextBox') return [];
  if (WRAPPERS.has(role) && !node.name?.value) return children;
  const result = plain(node);
  if (children.length > 0) result.children = children;
  return [result];
}

/** The tree under `selector` (light DOM, as `document.querySelector` finds it); `null` when nothing matches. */
async function readTree(page, selector) {
  const client = await page.createCDPSession();
  try {
    const { root } = await client.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) return null;
    const { node } = await client.send('DOM.describeNode', { nodeId });
    const { nodes } = await client.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((each) => [each.nodeId, each]));
    const start = nodes.find((each) => each.backendDOMNodeId === node.backendNodeId);
    if (!start) return null;
    // The element itself may be an anonymous wrapper: a root that holds what it gave way to.
    const kept = prune(start.nodeId, byId);
    return kept.length === 1 ? kept[0] : { role: 'generic', name: '', children: kept };
  } finally {
    await client.detach().catch(() => {});
  }
}

export function accessibilityTreePlugin() {
  return {
    name: 'accessibility-tree-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'accessibility-tree') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession || page.browser().protocol !== 'cdp')
        throw new Error(`accessibility-tree reads Chromium's tree over CDP; ${session.browser.name} has none to read`);
      return readTree(page, payload.selector);
    },
  };
}

/** `payload.clip`: the area in CSS pixels of the page (x, y, width, height), as getBoundingClientRect gives it plus the scroll. */
export function screenshotPlugin() {
  return {
    name: 'screenshot-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.screenshot) throw new Error(`screenshot needs a puppeteer page; ${session.browser.name} has none`);
      const png = await page.screenshot({ clip: payload.clip, encoding: 'base64', captureBeyondViewport: false });
      return `data:image/png;base64,${png}`;
    },
  };
}
