import { canonicalUrl } from '../shared/paths';

/** The view's document title, description and canonical link (React 19 hoists them into <head>). */
export function DocumentHead({ title, siteTitle, description, path }: { title?: string; siteTitle: string; description?: string; path: string }) {
  const full = title ? `${title} — ${siteTitle}` : siteTitle;
  return (
    <>
      <title>{full}</title>
      {description && <meta name="description" content={description} />}
      <link rel="canonical" href={canonicalUrl(path)} />
    </>
  );
}
