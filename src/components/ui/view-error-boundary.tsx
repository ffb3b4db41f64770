import { Component, type ErrorInfo, type ReactNode } from 'react';
import { messages } from '../../messages';

interface Props {
  /** Changing this (e.g. the path) clears the error, so another view can be tried. */
  resetKey: string;
  children: ReactNode;
}

/** A view that throws while drawing shows a message instead of a blank page. */
export class ViewErrorBoundary extends Component<Props, { error: Error | null; resetKey: string }> {
  override state = { error: null as Error | null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: Error | null; resetKey: string }) {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('View failed to render', error, info.componentStack);
  }

  override render() {
    const m = messages.common.error;
    if (!this.state.error) return this.props.children;
    return (
      <section className="error-panel" role="alert">
        <h2>{m.viewCrashed}</h2>
        <p>{m.viewCrashedHelp}</p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          {m.reload}
        </button>
      </section>
    );
  }
}
