// Registers every Hoso element.
import './index.js';
