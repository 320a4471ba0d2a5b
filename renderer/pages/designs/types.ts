import type { z } from 'zod';
import type { fontInfoSchema } from '../../../model/api';

export type FontInfo = z.infer<typeof fontInfoSchema>;
