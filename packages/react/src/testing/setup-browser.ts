// Setup of the browser project: the real stylesheets (focus rings, target sizes and contrast
// depend on them), and an unmount after each test so tests never see each other's DOM.
import '@nrw-health/tokens/tokens.css';
import '../styles.css';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
