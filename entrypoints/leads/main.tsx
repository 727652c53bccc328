import { render } from 'preact';
import { LeadsPage } from '../../components/leads/LeadsPage';
import './style.css';

const root = document.getElementById('app');
if (root) render(<LeadsPage />, root);
