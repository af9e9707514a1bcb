export function Logo({ compact = false }: { compact?: boolean }) {
  return (
    <span className="logo">
      <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
        <rect width="32" height="32" rx="8" fill="#4f46e5" />
        <path d="M9 11h14M9 16h10M9 21h14" stroke="white" strokeWidth="3" strokeLinecap="round" />
      </svg>
      {!compact && <span className="logo-text">Elasticweb</span>}
    </span>
  );
}
