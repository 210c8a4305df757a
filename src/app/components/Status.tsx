export function Loading({ what }: { what: string }) {
  return (
    <p className="status" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {what}
    </p>
  );
}

export function ErrorBox({ title, message }: { title: string; message: string }) {
  return (
    <div className="error" role="alert">
      <strong>{title}</strong>
      <p>{message}</p>
    </div>
  );
}
