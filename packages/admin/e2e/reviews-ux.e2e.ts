// Issue 14 item 11 in a real headless Chromium against the real API: the review pages say what
// happens and let a person undo part of it. Rejecting says the review moves to Rejected (and it
// does), and a reject on a review someone else shortlisted meanwhile is refused inside its dialog,
// naming them, until a Reload; an empty tab and a tab emptied by filters say different things, the latter with Clear
// filters; a CSV is previewed by the server before anything is imported, with a template of the
// server's columns; a testimonial is taken down from one platform while the other stays live,
// from the review's drawer and from What's live, whose cards open their review; the review-gating
// notice folds to one line and stays folded across a reload.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from './support/api-server';
import { expectNoSeriousA11yViolations } from './support/axe';
import { hasBrowser, settled } from './support/browser';
import { closePanel, openAdminPanel, requireBrowser } from './support/panel';
import { createUser, goodReview, login, ok } from './support/flows';

requireBrowser();

describe.skipIf(!hasBrowser)('reviews UX', () => {
  let api: ApiServer;
  let browser: Browser;
  let page: Page;
  let token: string;

  const go = (hash: string) => page.goto(`${api.url}#${hash}`);
  const dialog = () => page.getByRole('dialog');
  const reviewsWhere = (filter: Record<string, unknown>) => go(`/Review?filter=${encodeURIComponent(JSON.stringify(filter))}`);
  /** The unique stamp goodReview puts in its text, to narrow the list to that review. */
  const stampOf = (text: string) => /\((\d+)\)/.exec(text)![1];

  const reviewNow = async (id: string) =>
    (await ok<{ review: { status: string; publications: { platform: string; unpublishedAt: string | null }[] } }>(
      api, token, 'query($id:ID!){review(id:$id){status publications{platform unpublishedAt}}}', { id },
    )).review;
  const liveOn = async (platform: string) =>
    (await api.gql<{ testimonials: { id: string }[] }>('query($p:PublishPlatform!){testimonials(platform:$p){id}}', { p: platform })).data!.testimonials.map((t) => t.id);

  /** A review that passes every check, published through the API on these platforms; the publications' ids by platform. */
  async function publishedOn(platforms: string[]) {
    const review = await goodReview(api, token);
    await ok(api, token, 'mutation($id:ID!){shortlistReview(reviewId:$id){id}}', { id: review.id });
    const d = await ok<{ publishReview: { publications: { id: string; platform: string }[] } }>(
      api, token, 'mutation($id:ID!,$p:[PublishPlatform!]!){publishReview(reviewId:$id,platforms:$p){publications{id platform}}}', { id: review.id, p: platforms },
    );
    return { ...review, publication: Object.fromEntries(d.publishReview.publications.map((p) => [p.platform, p.id])) };
  }

  beforeAll(async () => {
    // The page has a context of its own (openAdminPanel): axe (expectNoSeriousA11yViolations) opens its pages in it.
    ({ api, browser, page, token } = await openAdminPanel({ acceptDownloads: true }));
  });

  afterAll(() => closePanel({ api, browser }));

  /** The screen as it is now has no serious or critical axe violation. */
  async function accessible(screen: string) {
    await settled(page);
    await expectNoSeriousA11yViolations(page, screen);
  }

  it('an empty tab says why; a tab emptied by filters says no review matches, and Clear filters brings the reviews back', async () => {
    await goodReview(api, token);
    // The demo data rejects nothing: the Rejected tab is truly empty.
    await reviewsWhere({ status: 'REJECTED' });
    const empty = page.getByTestId('empty-state');
    await empty.getByText('No rejected reviews').waitFor();
    await empty.getByText('Reviews you reject move here with your reason.').waitFor();
    expect(await empty.getByRole('button', { name: 'Clear filters' }).count()).toBe(0);

    await reviewsWhere({ status: 'NEW', q: `no-such-review-${Date.now()}` });
    await empty.getByText('No reviews match these filters').waitFor();
    expect(await empty.textContent()).not.toMatch(/importReviewsCsv|REVIEWS_WRITE|API key/);
    await empty.getByRole('button', { name: 'Clear filters' }).click();
    // The Inbox's demo reviews are back, on the same tab, with the search box empty.
    await page.locator('.MuiTableBody-root .MuiTableRow-root').first().waitFor();
    expect(await page.getByPlaceholder('Text, author or id').inputValue()).toBe('');
    expect(await page.getByRole('tab', { name: 'Inbox' }).getAttribute('aria-selected')).toBe('true');
    expect(await empty.count()).toBe(0);
  });

  it('reject says the review moves to Rejected, and it is there on the Rejected tab', async () => {
    const { id, text } = await goodReview(api, token);
    await reviewsWhere({ status: 'NEW', q: stampOf(text) });
    await page.getByRole('row').filter({ hasText: stampOf(text) }).click();
    const drawer = page.getByTestId('review-detail');
    await drawer.getByRole('button', { name: 'Reject', exact: true }).click();
    await dialog().getByText('The review moves to the Rejected tab with your reason. It can be shortlisted from there again later; its checks then run again.').waitFor();
    expect(await dialog().textContent()).not.toContain('stays in the inbox');
    await dialog().getByLabel('Reason').fill('Mentions a competitor');
    await dialog().getByRole('button', { name: 'Reject' }).click();
    await page.locator('.MuiSnackbar-root').getByText('Rejected', { exact: true }).waitFor();
    await expect.poll(async () => (await reviewNow(id)).status).toBe('REJECTED');
    await drawer.getByRole('button', { name: 'Close' }).click();
    // Gone from the Inbox (this filter now matches nothing there) …
    await page.getByTestId('empty-state').getByText('No reviews match these filters').waitFor();
    // … and on the Rejected tab.
    await page.getByRole('tab', { name: 'Rejected' }).click();
    await page.getByRole('row').filter({ hasText: stampOf(text) }).waitFor();
  });

  it('a reject on a review shortlisted meanwhile by someone else is refused inside the dialog, naming them; Reload keeps the reason and the retry goes through', async () => {
    const { id } = await goodReview(api, token);
    const marketer = await createUser(api, token, 'Meera Marketing', ['MARKETING']);
    const theirs = await login(api, marketer.email, marketer.password);
    await go(`/Review/${id}`);
    const drawer = page.getByTestId('review-detail');
    await drawer.getByRole('button', { name: 'Reject', exact: true }).click();
    // Named: the drawer is a dialog too.
    const rejectDialog = page.getByRole('dialog', { name: 'Reject review' });
    const reason = rejectDialog.getByLabel('Reason');
    await reason.fill('Mentions a competitor');

    // Elsewhere, marketing shortlists it while this drawer still shows it in the Inbox.
    await ok(api, theirs, 'mutation($id:ID!){shortlistReview(reviewId:$id){id}}', { id });
    await rejectDialog.getByRole('button', { name: 'Reject' }).click();
    const conflict = rejectDialog.getByTestId('conflict-notice');
    await conflict.filter({ hasText: 'Changed by Meera Marketing since you opened it' }).waitFor();
    expect(await page.locator('.MuiSnackbar-root').filter({ hasText: 'since you opened it' }).count()).toBe(0);
    expect((await reviewNow(id)).status).toBe('SHORTLISTED');
    // The stale version would be refused again: the person reloads first.
    expect(await rejectDialog.getByRole('button', { name: 'Reject' }).isDisabled()).toBe(true);

    await conflict.getByRole('button', { name: 'Reload' }).click();
    await conflict.waitFor({ state: 'detached' });
    // The drawer re-read the review (shortlisted: it offers Publish now; the open dialog hides it
    // from the accessibility tree), and the reason typed is still there.
    await drawer.locator('button', { hasText: /^Publish$/ }).waitFor();
    expect(await reason.inputValue()).toBe('Mentions a competitor');
    await rejectDialog.getByRole('button', { name: 'Reject' }).click();
    await page.locator('.MuiSnackbar-root').getByText('Rejected', { exact: true }).waitFor();
    await rejectDialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await reviewNow(id)).status).toBe('REJECTED');
  });

  it("imports a CSV in two steps: the template is the server's columns, choosing a file previews it (problems per row, nothing written), and Import N reviews imports", async () => {
    await reviewsWhere({ status: 'NEW' });
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const template = await ok<{ reviewImportTemplate: { csv: string } }>(api, token, '{reviewImportTemplate{csv}}', {});
    const [download] = await Promise.all([page.waitForEvent('download'), dialog().getByRole('link', { name: 'Download template' }).click()]);
    expect(download.suggestedFilename()).toBe('review-import-template.csv');
    const saved = await readFile((await download.path())!, 'utf8');
    expect(saved).toBe(template.reviewImportTemplate.csv);
    expect(saved.trim()).toBe('source,externalId,authorName,rating,text,postedAt,orderId,consentNote');

    const stamp = `csvux${Date.now()}`;
    const row = (n: number, rating: number) =>
      `PLAY_STORE,${stamp}-${n},Asha Verma,${rating},"Sold my Redmi phone on Cashkr, quick pickup and fair price. ${stamp}",2026-11-01T10:00:00,,`;
    const choose = (csv: string) => page.getByTestId('import-csv').setInputFiles({ name: 'reviews.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const imported = async () =>
      (await ok<{ _allReviewsMeta: { count: number } }>(api, token, 'query($f:ReviewFilter){_allReviewsMeta(filter:$f){count}}', { f: { q: stamp } }))._allReviewsMeta.count;

    await choose(`${saved}${row(1, 5)}\n${row(2, 7)}\n`);
    const preview = dialog().getByTestId('import-preview');
    await preview.getByText('1 of 2 rows have problems', { exact: false }).waitFor();
    await preview.getByTestId('import-row-2').getByText('New').waitFor();
    await preview.getByTestId('import-row-3').getByText('rating must be a whole number from 1 to 5.').waitFor();
    await accessible('review CSV preview');
    expect(await dialog().getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    expect(await imported()).toBe(0);

    await choose(`${saved}${row(1, 5)}\n${row(2, 4)}\n`);
    await preview.getByText('2 rows: 2 new, 0 already known (left unchanged).').waitFor();
    expect(await imported()).toBe(0);
    await dialog().getByRole('button', { name: 'Import 2 reviews' }).click();
    await page.getByText('2 imported, 0 already known (unchanged).').waitFor();
    await dialog().waitFor({ state: 'hidden' });
    expect(await imported()).toBe(2);
    await page.getByPlaceholder('Text, author or id').fill(stamp);
    await expect.poll(() => page.getByRole('row').filter({ hasText: stamp }).count()).toBe(2);
  });

  it("takes a testimonial down from one platform in the review's drawer; the other stays live", async () => {
    const { id, publication } = await publishedOn(['WEBSITE_TESTIMONIAL', 'INSTAGRAM_FEED']);
    await go(`/Review/${id}`);
    const drawer = page.getByTestId('review-detail');
    await drawer.getByRole('button', { name: 'Unpublish everywhere' }).waitFor();
    await drawer.getByTestId('publication-INSTAGRAM_FEED').getByRole('button', { name: 'Take down from Instagram feed' }).click();
    await dialog().getByText('wherever else it is live stays as it is', { exact: false }).waitFor();
    await accessible('take-down dialog');
    await dialog().getByLabel('Reason').fill('Cropped badly on Instagram');
    await dialog().getByRole('button', { name: 'Take down' }).click();
    await page.getByText('Taken down from Instagram feed').first().waitFor();
    await drawer.getByTestId('publication-INSTAGRAM_FEED').getByText('taken down', { exact: false }).waitFor();
    expect(await drawer.getByTestId('publication-INSTAGRAM_FEED').getByRole('button').count()).toBe(0);
    await drawer.getByTestId('publication-WEBSITE_TESTIMONIAL').getByRole('button', { name: 'Take down from Website testimonial' }).waitFor();

    const now = await reviewNow(id);
    expect(now.status).toBe('PUBLISHED');
    expect(now.publications.find((p) => p.platform === 'WEBSITE_TESTIMONIAL')!.unpublishedAt).toBeNull();
    expect(await liveOn('WEBSITE_TESTIMONIAL')).toContain(publication.WEBSITE_TESTIMONIAL);
    expect(await liveOn('INSTAGRAM_FEED')).not.toContain(publication.INSTAGRAM_FEED);
  });

  it("What's live: a card opens its review, and takes it down from that platform after a confirm", async () => {
    const { id, text, publication } = await publishedOn(['CAROUSEL_AD', 'HOMEPAGE_TRUST_BADGE']);
    await go('/testimonials');
    const card = page.getByTestId('platform-CAROUSEL_AD').getByTestId(`testimonial-${publication.CAROUSEL_AD}`);
    await card.getByRole('link', { name: /Open the review/ }).click();
    await page.waitForURL(new RegExp(`#/Review/${id}`));
    await page.getByTestId('review-detail').getByText(text).waitFor();

    await go('/testimonials');
    await card.getByRole('button', { name: 'Take down from Carousel ad' }).waitFor();
    await accessible("What's live with links and take-downs");
    await card.getByRole('button', { name: 'Take down from Carousel ad' }).click();
    await dialog().getByLabel('Reason').fill('Campaign ended');
    await dialog().getByRole('button', { name: 'Take down' }).click();
    await page.getByText('Taken down from Carousel ad').first().waitFor();
    await card.waitFor({ state: 'detached' });
    await page.getByTestId('platform-HOMEPAGE_TRUST_BADGE').getByTestId(`testimonial-${publication.HOMEPAGE_TRUST_BADGE}`).waitFor();
    expect(await liveOn('CAROUSEL_AD')).not.toContain(publication.CAROUSEL_AD);
    expect(await liveOn('HOMEPAGE_TRUST_BADGE')).toContain(publication.HOMEPAGE_TRUST_BADGE);
  });

  it('the review-gating notice folds to one line, stays folded after a reload, and unfolds again', async () => {
    await reviewsWhere({ status: 'NEW' });
    const notice = page.getByTestId('review-gating');
    const text = notice.getByTestId('review-gating-text');
    await text.waitFor();
    await notice.getByRole('button', { name: 'Hide' }).click();
    await text.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await notice.boundingBox())!.height).toBeLessThan(50);
    await accessible('review inbox with the notice folded');

    await page.reload();
    await notice.getByRole('button', { name: 'Why it matters' }).waitFor();
    expect(await text.isVisible()).toBe(false);
    expect((await notice.boundingBox())!.height).toBeLessThan(50);
    // The dashboard's notice is the same one, folded too.
    await go('/');
    await page.getByTestId('dashboard').waitFor();
    await notice.getByRole('button', { name: 'Why it matters' }).click();
    await text.waitFor();
    await page.reload();
    await text.waitFor();
    expect(await notice.getByRole('button', { name: 'Hide' }).getAttribute('aria-expanded')).toBe('true');
  });
});
