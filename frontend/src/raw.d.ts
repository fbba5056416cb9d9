// Files imported as text (`?raw`), e.g. index.html in the page tests; Vite inlines them as strings.
declare module '*?raw' {
  const text: string;
  export default text;
}
