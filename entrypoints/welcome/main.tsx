import { render } from 'preact';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import { startTheme } from '../../lib/settings/theme';
import './style.css';

startTheme();
const root = document.getElementById('app');
if (root) render(<WelcomePage />, root);
