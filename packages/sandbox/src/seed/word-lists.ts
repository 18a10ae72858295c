/** Small word lists for believable seed data; no faker dependency needed. */

export const FIRST_NAMES = [
  "Aoife",
  "Ben",
  "Chiara",
  "Dmitri",
  "Elena",
  "Farah",
  "Gabriel",
  "Hana",
  "Ibrahim",
  "Jonas",
  "Keiko",
  "Liam",
  "Maya",
  "Noah",
  "Olivia",
  "Pedro",
  "Quinn",
  "Rosa",
  "Sven",
  "Tara",
  "Umar",
  "Valentina",
  "Wei",
  "Ximena",
  "Yusuf",
  "Zoe",
] as const;

export const LAST_NAMES = [
  "Anderson",
  "Byrne",
  "Costa",
  "Dubois",
  "Eriksen",
  "Fischer",
  "García",
  "Hughes",
  "Ito",
  "Jensen",
  "Kowalski",
  "Lopez",
  "Murphy",
  "Nakamura",
  "O'Brien",
  "Patel",
  "Rossi",
  "Schmidt",
  "Tanaka",
  "Usman",
  "Varga",
  "Walsh",
  "Yamamoto",
  "Zhang",
] as const;

export const COMPANY_STEMS = [
  "Acme",
  "Blue Sun",
  "Brightline",
  "Cobalt",
  "Driftwood",
  "Evergreen",
  "Foxglove",
  "Granite",
  "Harbor",
  "Ironbark",
  "Juniper",
  "Keystone",
  "Lumen",
  "Meridian",
  "Northwind",
  "Orchard",
  "Pinnacle",
  "Quarry",
  "Redwood",
  "Sable",
  "Tidewater",
  "Umbra",
  "Vantage",
  "Willow",
] as const;

export const COMPANY_SUFFIXES = [
  "Labs",
  "Systems",
  "Works",
  "Analytics",
  "Logistics",
  "Health",
  "Studio",
] as const;

export const INDUSTRIES = [
  "Software",
  "Retail",
  "Manufacturing",
  "Healthcare",
  "Education",
  "Finance",
  "Media",
] as const;

export const PLANS = ["Starter", "Pro", "Premium", "Enterprise"] as const;

export const LOCATIONS = [
  { country: "Ireland", region: "Dublin", city: "Dublin" },
  { country: "United States", region: "California", city: "San Francisco" },
  { country: "United States", region: "New York", city: "New York" },
  { country: "United Kingdom", region: "England", city: "London" },
  { country: "Germany", region: "Berlin", city: "Berlin" },
  { country: "France", region: "Île-de-France", city: "Paris" },
  { country: "Australia", region: "New South Wales", city: "Sydney" },
  { country: "Japan", region: "Tokyo", city: "Tokyo" },
  { country: "Brazil", region: "São Paulo", city: "São Paulo" },
] as const;

export const BROWSERS = ["chrome", "firefox", "safari", "edge"] as const;

export const OPERATING_SYSTEMS = ["Mac OS X", "Windows 11", "Linux", "iOS", "Android"] as const;

export const TAG_NAMES = [
  "VIP",
  "Beta tester",
  "Churn risk",
  "Onboarding",
  "Enterprise lead",
  "Feedback",
] as const;

export const CONVERSATION_OPENERS = [
  "Hi, I can't log in since this morning.",
  "How do I export my invoices as CSV?",
  "Is there a way to add more seats to our plan?",
  "The mobile app crashes when I open settings.",
  "Can you help me connect the Slack integration?",
  "We were charged twice this month.",
  "Where can I change my email address?",
  "Does the API support webhooks for new orders?",
] as const;

export const ADMIN_REPLIES = [
  "Thanks for reaching out! Let me take a look.",
  "I've just checked your account, this should be fixed now.",
  "Could you send me a screenshot of what you see?",
  "Here is the article that walks through it step by step.",
  "I've passed this on to our billing team.",
] as const;

export const ARTICLE_TITLES = [
  "Getting started",
  "Inviting your team",
  "Exporting your data",
  "Billing and invoices",
  "Connecting integrations",
  "Keeping your account secure",
] as const;
