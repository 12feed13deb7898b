// The HTML shell of the preview webview. It holds no text of the post: the post reaches the page
// only as data, through postMessage, and the script (media/preview/preview.js) puts it into the DOM
// with textContent. The Content-Security-Policy allows nothing but the extension's own stylesheet
// and the one script carrying this render's nonce: no inline script or style, no other source, no
// frames, forms, fonts or network requests.
//
// No `vscode` import here: the browser tests build the same shell to load it in Chromium.

export interface ShellOptions {
  /** `webview.cspSource`: the origin the webview serves local resources from. */
  cspSource: string;
  /** A fresh random nonce (base64) for this render: see nonce.ts. */
  nonce: string;
  /** `webview.asWebviewUri(...)` of media/preview/preview.js and preview.css, as strings. */
  scriptUri: string;
  styleUri: string;
  /** Language of the page's own texts (the display language). */
  lang?: string;
}

export function contentSecurityPolicy({ cspSource, nonce }: Pick<ShellOptions, 'cspSource' | 'nonce'>): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    // Not covered by default-src: no form may post anywhere, no <base> may redirect relative URLs.
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export function previewHtml(options: ShellOptions): string {
  const attribute = (value: string) => escapeAttribute(value);
  return `<!DOCTYPE html>
<html lang="${attribute(options.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(contentSecurityPolicy(options))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${attribute(options.styleUri)}" nonce="${attribute(options.nonce)}">
<title>Postlint Preview</title>
</head>
<body>
<main id="preview" aria-live="polite"></main>
<script nonce="${attribute(options.nonce)}" src="${attribute(options.scriptUri)}"></script>
</body>
</html>
`;
}

/** The shell's own values (URIs, nonce) are not from the post, but are escaped all the same. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
