import { defineConfig } from 'vitest/config';
import { browserProject, nodeProject } from '../../vitest.shared.ts';

export default defineConfig({
  test: { projects: [nodeProject(), browserProject()] },
});
