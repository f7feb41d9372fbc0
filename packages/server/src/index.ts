export * from './intake/index.js';
