// A story's own stylesheet, imported for its effect: Vite bundles it into the catalogue.
declare module '*.css';
