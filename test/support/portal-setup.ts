import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// findBy… and waitFor give up after 1 s by default; on a loaded 2-core machine a
// lazy screen can take longer to appear. Waiting longer costs nothing when it is quick.
configure({ asyncUtilTimeout: 10_000 });
