import { startOffscreenReader } from '../../lib/research/offscreen-page';

startOffscreenReader();
