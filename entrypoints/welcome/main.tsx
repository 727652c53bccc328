import { render } from 'preact';
import { Welcome } from '../../components/Welcome';
import '../../assets/theme.css';
import '../sidepanel/style.css';

const root = document.getElementById('app');
if (root) render(<Welcome />, root);
