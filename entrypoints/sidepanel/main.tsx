import { render } from 'preact';
import { App } from '../../components/App';
import { pinnedTabId } from '../../lib/panel/use-tab-view';
import './style.css';

const root = document.getElementById('app');
if (root) render(<App pinnedTab={pinnedTabId(location.search)} />, root);
