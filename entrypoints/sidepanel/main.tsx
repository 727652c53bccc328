import { render } from 'preact';
import { App } from '../../components/App';
import { panelTarget } from '../../lib/panel/use-tab-view';
import { startTheme } from '../../lib/settings/theme';
import '../../assets/theme.css';
import './style.css';
import './icp-editor.css';

startTheme();
const root = document.getElementById('app');
if (root) render(<App target={panelTarget(location.search)} />, root);
