// Storybook of @hoso/elements: every element in every state, both languages, both themes, and
// the wizard with each example procedure. `pnpm run storybook` (dev), `pnpm run storybook:build`.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { exampleProcedures } from './example-procedures.ts';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../packages/elements/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Government networks are often closed; Storybook must not phone home.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    return {
      ...viteConfig,
      plugins: [...(viteConfig.plugins ?? []), exampleProcedures()],
    };
  },
};

export default config;
