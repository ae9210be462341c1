import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Props of ErrorBoundary: what to show instead of a view that failed, given the error. */
export interface ErrorBoundaryProps {
  fallback: (error: Error, reset: () => void) => ReactNode;
  children: ReactNode;
}

/**
 * Catches a view that throws while drawing, so a bug in one view shows a message (and a way to try
 * again) instead of a blank page. React offers this only as a class component.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Rasd view failed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    return error ? this.props.fallback(error, () => this.setState({ error: null })) : this.props.children;
  }
}
