import { ContextConsumer, ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readOnlyContext } from './read-only-context.js';

type ScopeHost = ReactiveControllerHost & HTMLElement & { readonly: boolean };

/**
 * Makes the fields inside an element (a form, a group, a repeater) read-only while the element
 * is, or while an element around it is: it hears the read-only state from above and passes its
 * own on to the fields below, which may sit in its slots or in its shadow root.
 */
export class ReadOnlyScope implements ReactiveController {
  private inherited = false;
  private readonly provider: ContextProvider<typeof readOnlyContext, ScopeHost>;

  constructor(private readonly host: ScopeHost) {
    host.addController(this);
    this.provider = new ContextProvider(host, { context: readOnlyContext, initialValue: false });
    new ContextConsumer(host, {
      context: readOnlyContext,
      subscribe: true,
      callback: (inherited) => {
        this.inherited = inherited;
        this.provider.setValue(this.readOnly);
        host.requestUpdate();
      },
    });
  }

  /** True when the host itself, or an element around it, is read-only. */
  get readOnly(): boolean {
    return this.host.readonly || this.inherited;
  }

  hostUpdate(): void {
    this.provider.setValue(this.readOnly);
  }
}
