// A real OpenID Connect provider (oidc-provider, the certified Node
// implementation) for tests, standing in for a council's Entra ID. Run as a
// child process (the package is ESM-only). Settings come as JSON in
// FP_TEST_OIDC; it prints "ready" when it listens.
//
// Test users sign in on this provider's own login page; each user's groups,
// app roles and authentication methods (amr) are whatever the test gives.
// POST /__test/tamper changes the next token responses' ID token, so tests can
// prove the API refuses a tampered signature, a wrong audience or an expired token.
// POST /__test/disable closes a user's account at the provider, as a council does for a leaver.
import http from 'node:http';
import Provider from 'oidc-provider';
import { importJWK, SignJWT, decodeJwt, decodeProtectedHeader } from 'jose';

const settings = JSON.parse(process.env.FP_TEST_OIDC);
const { issuer, port, clients, users, jwk } = settings;
let tamper = null;

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const provider = new Provider(issuer, {
  clients,
  jwks: { keys: [jwk] },
  // A disabled account (a leaver, closed at the council) is no account at all: even a live provider session ends.
  findAccount: async (_ctx, id) =>
    users[id] && !users[id].disabled ? { accountId: id, claims: async () => ({ sub: id, amr: users[id].amr, ...users[id].claims }) } : undefined,
  claims: {
    acr: null, amr: null, sid: null, auth_time: null, iss: null,
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'given_name', 'family_name', 'groups', 'roles', 'oid'],
  },
  // Entra ID puts groups and roles in the ID token itself.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: false }, backchannelLogout: { enabled: true }, claimsParameter: { enabled: true } },
  pkce: { required: () => true },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  // First-party app: no consent screen, as with an admin-consented Entra app.
  loadExistingGrant: async (ctx) => {
    const existing = ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (existing) return ctx.oidc.provider.Grant.find(existing);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
  // The service it logs people out of runs on this machine: no SSRF guard against loopback here.
  fetch: (url, options) => {
    delete options.dispatcher;
    return fetch(url, options);
  },
  ttl: { IdToken: 3600, AccessToken: 3600, AuthorizationCode: 60, Session: 3600, Interaction: 600, Grant: 3600 },
});
provider.proxy = false;

const privateKey = await importJWK(jwk, 'RS256');
provider.use(async (ctx, next) => {
  await next();
  if (ctx.path !== '/token' || !tamper || !ctx.body?.id_token) return;
  const idToken = ctx.body.id_token;
  const [h, p, s] = idToken.split('.');
  if (tamper.mode === 'signature') {
    const claims = decodeJwt(idToken);
    const forged = Buffer.from(JSON.stringify({ ...claims, groups: ['grp-heads'] })).toString('base64url');
    ctx.body.id_token = `${h}.${forged}.${s}`;
  } else {
    // Signed with the provider's real key: only the claim checks can refuse it.
    const claims = { ...decodeJwt(idToken), ...tamper.claims };
    ctx.body.id_token = await new SignJWT(claims).setProtectedHeader(decodeProtectedHeader(idToken)).sign(privateKey);
  }
  void p;
});

function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

async function readForm(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET') {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(page('Council account sign-in', `
<form method="post" action="/interaction/${escape(details.uid)}">
  <p><label for="username">Email address</label><br><input id="username" name="username" autocomplete="username"></p>
  <p><label for="password">Password</label><br><input id="password" name="password" type="password" autocomplete="current-password"></p>
  <button type="submit">Continue</button>
</form>`));
    return;
  }
  const form = await readForm(req);
  const id = Object.keys(users).find((k) => users[k].claims.email === form.get('username'));
  const user = id && users[id];
  if (user?.disabled) {
    res.statusCode = 403;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(page('Council account sign-in', '<p role="alert">Your account has been disabled. Contact your IT service desk.</p>'));
    return;
  }
  if (!user || user.password !== form.get('password')) {
    res.statusCode = 401;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(page('Council account sign-in', '<p role="alert">Wrong email address or password.</p>'));
    return;
  }
  await provider.interactionFinished(req, res, { login: { accountId: id, amr: user.amr, acr: user.acr } }, { mergeWithLastSubmission: false });
}

const handler = provider.callback();
const server = http.createServer(async (req, res) => {
  try {
    if (req.url === '/__test/tamper' && req.method === 'POST') {
      const text = (await readForm(req)).get('json');
      tamper = text ? JSON.parse(text) : null;
      res.end('ok');
      return;
    }
    if (req.url === '/__test/disable' && req.method === 'POST') {
      users[(await readForm(req)).get('sub')].disabled = true;
      res.end('ok');
      return;
    }
    if (req.url.startsWith('/interaction/')) {
      await interaction(req, res);
      return;
    }
    handler(req, res);
  } catch (error) {
    res.statusCode = 500;
    res.end(String(error?.message ?? error));
  }
});
server.listen(port, '127.0.0.1', () => console.log('ready'));
