import { expect, test, type Locator, type Page } from "@playwright/test";
import { authFile, signInAs } from "./support/logins";

// The seed's Renewals pipeline: eight open deals (five leads, three qualified), all on one screen.
async function openRenewalsBoard(page: Page) {
  await page.goto("/sales/pipelines");
  const link = page.getByRole("link", { name: "Renewals", exact: true });
  await expect(link).toBeVisible();
  await page.goto((await link.getAttribute("href"))!);
  await expect(page.getByRole("heading", { level: 1, name: "Renewals" })).toBeVisible();
}

const column = (page: Page, stage: string) => page.getByRole("list", { name: `${stage} deals` });
const cardTitles = (list: Locator) => list.getByRole("article").getByRole("link");
const liveRegion = (page: Page) => page.locator('[id^="DndLiveRegion"]');

test("deals dragged by mouse and keyboard stay where dropped, are audited, and a stale move is refused", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInAs(page, "admin");
  await openRenewalsBoard(page);
  const leads = column(page, "Lead");
  const qualified = column(page, "Qualified");
  await expect(cardTitles(leads)).toHaveCount(5);
  const [first, second, third] = await cardTitles(leads).allTextContents();

  // Mouse: press on the card's handle, move over the Qualified column, release.
  const handle = page.getByRole("button", { name: `Drag ${first}` });
  const box = (await handle.boundingBox())!;
  const target = (await qualified.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 30, box.y + 10, { steps: 5 });
  await page.mouse.move(target.x + target.width / 2, target.y + 40, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByText(`Moved “${first}” to Qualified.`)).toBeVisible();
  await expect(cardTitles(qualified)).toContainText([first]);

  // Keyboard: focus the handle, Space lifts, ArrowRight goes one column over, Space drops.
  const keyHandle = page.getByRole("button", { name: `Drag ${second}` });
  await expect(async () => {
    await keyHandle.focus();
    await page.keyboard.press("Space");
    await expect(keyHandle).toHaveAttribute("aria-pressed", "true", { timeout: 1000 });
  }).toPass();
  await page.keyboard.press("ArrowRight");
  await expect(liveRegion(page).filter({ hasText: second })).toContainText("is over Qualified");
  await page.keyboard.press("Space");
  await expect(page.getByText(`Moved “${second}” to Qualified.`)).toBeVisible();

  await page.reload();
  await expect(cardTitles(qualified)).toContainText([first, second]);
  await expect(cardTitles(leads)).not.toContainText([first]);
  await expect(cardTitles(leads)).toHaveCount(3);
  await expect(page.getByRole("region", { name: "Qualified", exact: true }).getByTestId("stage-count")).toHaveText("5");

  // The audit log has both moves.
  await page.goto("/audit?action=move");
  const rows = page.getByRole("row");
  await expect(rows.filter({ hasText: "lead" }).filter({ hasText: "qualified" })).toHaveCount(2);

  // A second browser loads the board, then the first moves a deal; the second's move of it is refused.
  const other = await browser.newContext({ storageState: authFile("admin") });
  const otherPage = await other.newPage();
  await openRenewalsBoard(otherPage);
  await expect(cardTitles(column(otherPage, "Lead"))).toContainText([third]);

  await openRenewalsBoard(page);
  await page.getByRole("button", { name: `Move ${third}` }).click();
  await page.getByRole("menuitem", { name: "Won" }).click();
  await expect(page.getByText(`Moved “${third}” to Won.`)).toBeVisible();

  await otherPage.getByRole("button", { name: `Move ${third}` }).click();
  await otherPage.getByRole("menuitem", { name: "Lost" }).click();
  await expect(otherPage.getByText(/^Changed by Ada Admin at .* since you opened it\. Nothing was saved/)).toBeVisible();
  // The card went back, and the board now shows where the deal really is.
  await expect(cardTitles(column(otherPage, "Won"))).toContainText([third]);
  await expect(cardTitles(column(otherPage, "Lost"))).not.toContainText([third]);
  await other.close();

  await page.reload();
  await expect(cardTitles(column(page, "Won"))).toContainText([third]);
});
