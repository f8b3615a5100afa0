// Where a SvelteKit app puts the one line (src/app.d.ts).
import type {} from 'spasm-widgets/types/svelte';
