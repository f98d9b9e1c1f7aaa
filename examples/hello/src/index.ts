// The entry `faasport dev examples/hello` and `faasport build examples/hello` load: every export is a function.
export { hello } from './app.js';
