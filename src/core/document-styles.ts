/**
 * A widget's styles in whichever document it is in. Lit adopts constructed
 * stylesheets made for the page's document, and a document adopts only the
 * sheets made for it: a widget that a host moved into another document
 * (`adoptNode` into a same-origin iframe, then back) lost its styles for
 * good, and one first shown there threw and stayed blank. So in another
 * document the same CSS goes into sheets made by that document's window,
 * once per document and style; in the page's own, Lit adopts its own.
 */
import { adoptStyles, type CSSResultOrNative } from 'lit';

/** The sheets made for each document other than the page's, by the style they copy. */
const madeFor = new WeakMap<Document, Map<CSSResultOrNative, CSSStyleSheet>>();

/** Gives `root` `styles`, as sheets its document can adopt. */
export function adoptStylesIn(root: ShadowRoot, styles: CSSResultOrNative[]): void {
  const owner = root.ownerDocument;
  const view = owner.defaultView;
  if (owner === document) return adoptStyles(root, styles);
  // A document without a window (made by DOMParser, say) shows nothing: no sheets to make.
  if (!view) return;
  let sheets = madeFor.get(owner);
  if (!sheets) madeFor.set(owner, (sheets = new Map()));
  root.adoptedStyleSheets = styles.map((style) => {
    let sheet = sheets.get(style);
    if (!sheet) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(cssText(style));
      sheets.set(style, sheet);
    }
    return sheet;
  });
}

function cssText(style: CSSResultOrNative): string {
  return style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText;
}
