/**
 * A field for robots, named `website`: hidden from people (off screen, and from assistive technology) and out of the
 * tab order, so only robots fill it in. The API refuses a request with it filled in and stores nothing.
 */
export function Honeypot({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  return (
    <div className="hub-honeypot" aria-hidden="true">
      <label htmlFor={id}>{label}</label>
      <input id={id} name="website" tabIndex={-1} autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
