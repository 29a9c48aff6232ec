import { en } from '../core/en.js';

/** English messages (the default catalogue). */
export default en;
