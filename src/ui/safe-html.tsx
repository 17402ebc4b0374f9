/**
 * Renders HTML that has ALREADY been through `sanitizeHtml` (src/ui/sanitize.ts). Loaders sanitize,
 * components only display: nothing unsanitized is ever passed here.
 */
export function SafeHtml({ html, className, lang, dir }: { html: string; className?: string; lang?: string; dir?: 'ltr' | 'rtl' }) {
  return <div className={className} lang={lang} dir={dir} dangerouslySetInnerHTML={{ __html: html }} />;
}
