// The sequence's cookie jar keeps the rules browsers apply (here on names that are never looked
// up: the jar only matches URLs, it opens no connection).
import { describe, expect, it } from 'vitest';
import { createCookieJar } from '../../src/net/cookies.js';

describe('the cookie jar of a multistep check', () => {
  it('sends a Secure cookie over https and to localhost, never over plain http to another host', async () => {
    const jar = await createCookieJar();
    jar.store(new URL('https://shop.example/login'), ['session=s1; Path=/; Secure']);
    expect(jar.cookieHeader(new URL('https://shop.example/cart'))).toBe('session=s1');
    expect(jar.cookieHeader(new URL('http://shop.example/cart'))).toBeUndefined();
    const local = await createCookieJar();
    local.store(new URL('http://127.0.0.1:8080/login'), ['session=s2; Path=/; Secure']);
    expect(local.cookieHeader(new URL('http://127.0.0.1:8080/me'))).toBe('session=s2');
  });

  it('keeps to the path and the domain, and refuses a cookie for another domain', async () => {
    const jar = await createCookieJar();
    jar.store(new URL('https://app.shop.example/login'), ['a=1; Path=/account', 'b=2; Domain=shop.example; Path=/', 'c=3; Domain=evil.example']);
    expect(jar.cookieHeader(new URL('https://app.shop.example/'))).toBe('b=2');
    expect(jar.cookieHeader(new URL('https://app.shop.example/account/orders'))).toBe('a=1; b=2');
    expect(jar.cookieHeader(new URL('https://api.shop.example/'))).toBe('b=2');
    expect(jar.cookieHeader(new URL('https://evil.example/'))).toBeUndefined();
  });

  it('drops a cookie with Max-Age=0 or an Expires in the past, and one a later response deletes', async () => {
    const jar = await createCookieJar();
    const url = new URL('https://shop.example/');
    jar.store(url, ['keep=1', 'gone=1; Max-Age=0', `old=1; Expires=${new Date(Date.now() - 60_000).toUTCString()}`, 'later=1; Max-Age=3600']);
    expect(jar.cookieHeader(url)).toBe('keep=1; later=1');
    jar.store(url, ['later=; Max-Age=0']);
    expect(jar.cookieHeader(url)).toBe('keep=1');
  });
});
