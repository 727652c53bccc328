import { render } from 'preact';
import { Welcome } from '../../components/Welcome';
import { startTheme } from '../../lib/settings/theme';
import '../../assets/theme.css';
import '../sidepanel/style.css';

startTheme();
const root = document.getElementById('app');
if (root) render(<Welcome />, root);
