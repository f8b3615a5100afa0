// What Eleventy's Lit plugin imports before it renders: the widgets
// registered with the server's registry, and the site's languages' messages.
import { defineWidgets, prepare } from 'spasm-widgets/ssr';

defineWidgets();
await prepare(['en', 'es']);
