/** Grey blocks in the shape of the home page, so nothing jumps when the feed arrives. */
export function HomeSkeleton() {
  return (
    <div className="page home skeleton" aria-busy="true" aria-label="Loading the latest articles">
      <div className="sk sk-title" />
      <div className="lead-grid">
        <div className="sk sk-image" />
        <div>
          <div className="sk sk-line" />
          <div className="sk sk-line" />
          <div className="sk sk-line short" />
        </div>
      </div>
      <div className="card-grid">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="card">
            <div className="sk sk-image" />
            <div className="sk sk-line" />
            <div className="sk sk-line short" />
          </div>
        ))}
      </div>
    </div>
  );
}
