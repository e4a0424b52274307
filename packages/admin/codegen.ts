// Types and typed documents for the panel's own GraphQL operations, from the API's schema.graphql
// (`pnpm --filter @cx-loop/admin codegen`). The output (src/gql/) is committed so a fresh clone
// builds and starts without a generation step; `test` runs `codegen:check`, which fails when
// schema.graphql or an operation changed without regenerating.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../schema.graphql',
  // Every graphql(`…`) call (src/dataProvider/domain.ts) and /* GraphQL */ literal (authProvider.ts).
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  // Only those: Apollo's gql() stays for the documents built at runtime (vendors/VendorTrend.tsx).
  pluckConfig: { modules: [], globalGqlIdentifierName: 'graphql' },
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // The panel reads whole results (react-admin records), not per-component fragments.
        fragmentMasking: false,
      },
      config: {
        // Enums as string unions: a value is a plain string at runtime, as the forms hold it.
        enumType: 'string-literal',
        useTypeImports: true,
        strictScalars: true,
        // What the API sends over JSON: DateTime as an ISO string.
        scalars: {
          DateTime: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
