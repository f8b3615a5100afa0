import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  // MDX pages (e.g. Embedding) and the widgets' stories; autodocs pages come from the stories' `autodocs` tag.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  // Storybook's onboarding "Get started" checklist (in the sidebar and as a Guide page in the menu) is about
  // Storybook itself, not these widgets: off. Storybook shows both only under `storybook dev`.
  features: {
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
  },
  async viteFinal(viteConfig) {
    // Lit must be pre-bundled once: otherwise the dev server may serve two copies
    // (one via the optimizer, one raw) and elements break.
    // The transformer takes `useDefineForClassFields: false` from tsconfig.json, so fields do not shadow Lit accessors.
    const include = viteConfig.optimizeDeps?.include ?? [];
    return {
      ...viteConfig,
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        include: [...new Set([...include, 'lit', 'lit/directive-helpers.js'])],
      },
      // Storybook's own preview runtime (~0.9 MB), its docs renderer (~1.05 MB) and axe (~0.65 MB) are big by nature.
      build: { ...viteConfig.build, chunkSizeWarningLimit: 1200 },
    };
  },
};

export default config;
