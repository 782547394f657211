import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the documents beside each screen, from the committed API schema.
// Generated files live in src/gql/ and are committed; nobody edits them.
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { LocalDate: 'string', DateTimeISO: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        strictScalars: true,
      },
    },
  },
};

export default config;
