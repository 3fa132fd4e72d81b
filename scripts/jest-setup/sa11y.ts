// Registers `toBeAccessible()` (axe-core rules via @sa11y/jest) for every LWC test.
import { setup } from '@sa11y/jest';

setup();
