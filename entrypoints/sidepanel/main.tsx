import { render } from 'preact';
import { App } from '../../components/App';
import { panelTarget } from '../../lib/panel/use-tab-view';
import '../../assets/theme.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<App target={panelTarget(location.search)} />, root);
