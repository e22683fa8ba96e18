"""English job-search mail from job boards, staffing agencies, hiring managers writing by hand, and universities,
public bodies, hospitals and schools: rejections in their own shapes, against the same senders' mail that is not.

Written for this project (never real mail) by writers unlike the earlier sets (bench/en_*_set.py). Thirty-six
senders of five kinds:

- job boards and platforms (an Indeed-, LinkedIn-, Glassdoor-, ZipRecruiter-, Handshake-, Wellfound-, Dice-,
  Monster-, SEEK- and Reed-like service, each with invented names), whose status mail puts the employer's decision
  in one short line ("status: not selected", "no longer under consideration", "the employer closed this job")
  between the role's card, a list of recommended jobs with "apply now" buttons and an app-store footer;
- staffing firms and headhunters telling a candidate the client went another way, put the role on hold or did not
  shortlist them, with a warm offer to keep looking together;
- hiring managers and founders writing personally and informally after interviews ("it was a tough call", "you
  were a close second", "we're going with someone with more X"), some as a reply above the quoted thread;
- universities, councils, agencies, hospitals and schools in the formal style of 2017-2019 ("the search committee
  has completed its review", "your name will not be forwarded");
- very short notes (one to three sentences) and notes whose decision is in the subject only.

The hard negatives come from the same senders: status updates that are not decisions (viewed, in review,
shortlisted with a call to book, withdrawn at the candidate's request, the job reposted), agency outreach,
interview scheduling, tests, offers, and the boards' own marketing. About half the messages are rejections.

The set is split by sender. The "tune" senders may be read while the classifier is changed; the "report" senders
are counted only at the start and at the end of a piece of work, and their mistakes are never printed.
`messages()` yields the dressed messages; `bench/mail_en_boards.py` measures them as written and lemmatised.
"""

from __future__ import annotations

from dataclasses import dataclass, field

REJ, ACK, OTHER, INTERVIEW, TEST, OFFER, OUT = (
    "rejection",
    "application_ack",
    "other",
    "interview",
    "assessment",
    "offer",
    "recruiter_outreach",
)
NAMES = (
    "Priya",
    "Jonah",
    "Marisol",
    "Teodor",
    "Akosua",
    "Wen",
    "Ruairi",
    "Fatima",
    "Leif",
    "Chidinma",
    "Hamish",
    "Soraya",
    "Dmitri",
    "Ximena",
    "Bao",
)


@dataclass
class Writer:
    key: str
    half: str  # "tune" or "report"
    kind: str  # board | agency | person | institution | terse
    sender: str
    sign: str = ""
    footer: str = ""
    dress: str = "plain"  # html (every message) | plain | mixed (html every other)
    board: tuple[str, tuple[str, ...], str] = ("", (), "")  # a board's name, recommended jobs, app-store footer
    # (label, subject, body with {name}) or (label, subject, body, the earlier mail quoted below the reply)
    messages: list[tuple[str, ...]] = field(default_factory=list)


W: list[Writer] = []

# ==================================================================================================== job boards
W.append(
    Writer(
        "hireloop-board",
        "tune",
        "board",
        "alerts@hireloop.example.com",
        dress="html",
        board=(
            "Hireloop",
            (
                "Operations Coordinator - Brightwell Supply - Columbus, OH - Urgently hiring - Apply now",
                "Office Administrator - Tannery Row Dental - Columbus, OH - Responds within 3 days",
                "Logistics Analyst - Pallas Freight - Remote - New - Easily apply",
                "Scheduling Specialist - Norrow Health - Dublin, OH - Hiring multiple candidates",
                "Inventory Planner - Cask & Crate - Westerville, OH - Apply now",
            ),
            "Get the Hireloop app: find jobs on the go. Download on the App Store | Get it on Google Play\n\n"
            "You are receiving this email because you applied to a job on Hireloop. Manage notification settings | "
            "Unsubscribe | Privacy | Terms\n\n(c) 2019 Hireloop Inc., 6433 Champion Grandview Way, Austin, TX 78750",
        ),
        messages=[
            (
                REJ,
                "Application status update: Operations Assistant",
                "Operations Assistant\nGrandline Movers - "
                "Columbus, OH\n\nAn update on your application\nThe employer has reviewed your application and decided "
                "not to move ahead with it. Keep going - there are many more jobs waiting for you on Hireloop.",
            ),
            (
                REJ,
                "Your application to Dispatcher at Keel Transit",
                "Dispatcher\nKeel Transit - Grove City, OH\n\n"
                "Application status: Not selected by employer\n\nWe know this isn't what you hoped to hear. Jobs "
                "similar to the one you applied for are below.",
            ),
            (
                REJ,
                "Update on your Hireloop application",
                "Front Desk Coordinator\nMaple Row Physical Therapy\n\n"
                "{name}, your application is no longer under consideration for this job. Employers on Hireloop review "
                "many candidates; this does not mean you won't be a fit elsewhere.",
            ),
            (
                REJ,
                "Receptionist - position closed",
                "Receptionist\nAvenue Smiles Dental - Hilliard, OH\n\nThis job "
                "has been closed by the employer and is no longer accepting or reviewing applications. Your "
                "application "
                "will not move forward. Try these jobs instead.",
            ),
            (
                ACK,
                "Your application was viewed",
                "Warehouse Lead\nPallas Freight - Columbus, OH\n\nGood news: "
                "Pallas Freight viewed your application. Employers usually respond within a week. We'll let you know "
                "if there's an update.",
            ),
            (
                ACK,
                "Application submitted: Office Manager",
                "Office Manager\nTannery Row Dental\n\nYour application "
                "has been submitted. You'll find it under My jobs > Applied. Tip: employers are more likely to "
                "reply to "
                "candidates who include a cover note.",
            ),
            (
                INTERVIEW,
                "Grandline Movers wants to interview you",
                "Shift Supervisor\nGrandline Movers\n\nGrandline "
                "Movers has invited you to an interview. Choose a time that works for you from the available slots "
                "below. Interview type: phone, 20 minutes.",
            ),
            (
                OTHER,
                "{name}, 18 new Operations jobs near Columbus",
                "Based on your recent searches\n\nThese jobs were "
                "posted in the last 24 hours. Don't miss out - be one of the first 10 applicants.\n\nSee all 18 jobs",
            ),
            (
                OTHER,
                "Application withdrawn",
                "Inventory Clerk\nCask & Crate\n\nAs you requested, your application for "
                "this job has been withdrawn. The employer will no longer see it. You can apply again at any time "
                "while "
                "the job is open.",
            ),
        ],
    )
)

W.append(
    Writer(
        "proflink-network",
        "report",
        "board",
        "jobs-noreply@proflink.example.com",
        dress="html",
        board=(
            "ProfLink",
            (
                "Senior Product Analyst - Vantor Cloud - Seattle, WA (Hybrid) - Actively recruiting",
                "Data Analyst II - Oxbow Retail - Remote - 3 connections work here",
                "Growth Analyst - Plover Apps - Bellevue, WA - Promoted - Easy Apply",
                "Business Intelligence Analyst - Sagecroft Health - Seattle, WA - Be an early applicant",
            ),
            "Get the new ProfLink app. Download on the App Store | Get it on Google Play\n\nThis email was intended "
            "for {name} (Data and product analytics). Learn why we included this. You are receiving ProfLink job "
            "application emails. Unsubscribe | Help\n\n(c) 2021 ProfLink Corporation, 22 Fremont Ave, Sunnyvale CA",
        ),
        messages=[
            (
                REJ,
                "Your application to Product Analyst at Thistlewood",
                "Thistlewood Games\nProduct Analyst - Seattle, "
                "WA\nApplied 3 weeks ago\n\nThistlewood Games has reviewed your application. Unfortunately they "
                "won't be "
                "taking it further at this time.\n\nKeep exploring - your next role could be one click away.",
            ),
            (
                REJ,
                "Update from Hollin & Dane",
                "Hollin & Dane\nMarketing Data Analyst\n\nAn update on your "
                "application: Not selected. The hiring team chose candidates whose experience more closely matched the "
                "role.\n\nHollin & Dane is hiring for 4 other roles.",
            ),
            (
                REJ,
                "Your application status changed",
                "Quarrystone Bank\nRisk Analyst\n\nStatus: No longer being "
                "considered\n\nThe employer moved your application to a closed status.",
            ),
            (
                ACK,
                "Your application was viewed by Plover Apps",
                "Plover Apps\nGrowth Analyst\n\nYour application was "
                "viewed by the hiring team. Applicants who follow up with a short note are 2x more likely to hear "
                "back.",
            ),
            (
                ACK,
                "Application sent to Sagecroft Health",
                "Your application was sent to Sagecroft Health\nBusiness "
                "Intelligence Analyst - Seattle, WA\n\nYou'll be notified if the hiring team updates your status.",
            ),
            (
                OUT,
                "{name}, a recruiter sent you a message",
                "Olamide Price, Technical Recruiter at Vantor Cloud\n\n"
                "Hi {name} - your analytics background caught my eye. We're building out our pricing team and I'd love "
                "to tell you about a Senior Product Analyst opening. Would you be open to a 15-minute chat?",
            ),
            (
                OTHER,
                "Try Premium free for 1 month",
                "See who viewed your profile, get InMail credits and stand out to "
                "recruiters with Premium Career. Cancel anytime.\n\nStart my free month",
            ),
            (
                OTHER,
                "The job you saved was reposted",
                "Oxbow Retail\nData Analyst II\n\nThis job was reposted 2 days "
                "ago. If you haven't applied yet, now is a good time.",
            ),
            (
                REJ,
                "Your application to Customer Insights Lead",
                "Marrowby Foods\nCustomer Insights Lead - Remote\n\n"
                "Marrowby Foods filled this role. Your application is closed.\n\nMore jobs from companies like "
                "Marrowby "
                "Foods are below.",
            ),
            (
                INTERVIEW,
                "Thistlewood Games: interview request",
                "Thistlewood Games\nData Analyst\n\nHi {name}, "
                "thanks for applying! We'd like to set up a 30-minute video interview with our analytics lead. Please "
                "pick a time using the link in this message.",
            ),
        ],
    )
)

W.append(
    Writer(
        "worksight-reviews",
        "tune",
        "board",
        "noreply@worksight.example.com",
        dress="mixed",
        board=(
            "Worksight",
            (
                "Accounts Payable Specialist - Ferrow Group - Charlotte, NC - 4.1 stars - Easy Apply",
                "Payroll Coordinator - Bellmoor Staffing Partners - Charlotte, NC - $24-$28 an hour",
                "Staff Accountant - Pinecrest Credit Union - Matthews, NC - Apply now",
                "Billing Specialist - Larkspur Medical Group - Remote - 3.8 stars",
            ),
            "Download the Worksight app for company reviews, salaries and jobs on the go: App Store | Google Play\n"
            "\nWorksight, Inc. | 100 Shoreline Hwy, Mill Valley, CA 94941 | Email preferences | Unsubscribe | "
            "Privacy",
        ),
        messages=[
            (
                REJ,
                "Your Easy Apply application: Accounts Receivable Clerk",
                "Accounts Receivable Clerk\nDunmore "
                "Industrial Supply\n\nThe employer updated your application: they've filled this position. Thank you "
                "for applying through Worksight.\n\nCompanies like Dunmore that are hiring now:",
            ),
            (
                REJ,
                "An update from Corliss Foods",
                "Corliss Foods - Cost Accountant\n\nMessage from the employer:\n"
                '"Thank you for your interest. We reviewed your application and have decided to pursue other '
                "applicants "
                'for this role."\n\nSee what employees say about working at Corliss Foods.',
            ),
            (
                REJ,
                "Application update",
                "Junior Bookkeeper - Wexley & Co.\n\nYour application status: Rejected\n"
                "\nDon't be discouraged. People who apply to 10+ jobs are more likely to land interviews.",
            ),
            (
                ACK,
                "Your application is in review",
                "Staff Accountant - Pinecrest Credit Union\n\nStatus: In review\n"
                "\nThe employer is reviewing applications for this job. We'll email you when your status changes.",
            ),
            (
                OTHER,
                "Salaries at companies you follow",
                "What does a Staff Accountant earn at Pinecrest Credit Union? "
                "See 42 new salary reports and 9 new reviews this week.\n\nRead reviews",
            ),
            (
                OTHER,
                "How did your interview go?",
                "Help others prepare: share your interview experience at Corliss "
                "Foods anonymously. It takes 3 minutes and helps job seekers like you.",
            ),
            (
                REJ,
                "Your application to Payroll Specialist",
                "Payroll Specialist\nAshgrove Logistics - Concord, NC\n\n"
                "Ashgrove Logistics is no longer hiring for this role, and applications have been closed. You can set "
                "up a job alert to hear about similar openings.",
            ),
        ],
    )
)

W.append(
    Writer(
        "quickmatch-jobs",
        "report",
        "board",
        "candidates@quickmatch.example.com",
        dress="html",
        board=(
            "QuickMatch",
            (
                "Delivery Driver - Route 9 Couriers - Phoenix, AZ - $21/hr - 1-Click Apply",
                "Warehouse Associate - Sunbelt Fulfillment - Tempe, AZ - Great Match",
                "Forklift Operator - Mesa Cold Storage - Mesa, AZ - Apply now",
                "Route Sales Driver - Copper Canyon Beverages - Phoenix, AZ - Benefits",
            ),
            "Get the QuickMatch app - apply to jobs in one tap. Available on the App Store and Google Play.\n\n"
            "QuickMatch, 604 Arizona Ave, Santa Monica, CA 90401. You received this email because you applied via "
            "QuickMatch. Unsubscribe from application emails.",
        ),
        messages=[
            (
                REJ,
                "Route Driver - Desert Bloom Nursery",
                "Route Driver\nDesert Bloom Nursery\n\nUpdate: The hiring "
                "manager at Desert Bloom Nursery passed on your application. Don't worry - we've found more jobs that "
                "are a Great Match for you.",
            ),
            (
                REJ,
                "Your application to Sunbelt Fulfillment",
                "Warehouse Associate (Nights)\nSunbelt Fulfillment\n\n"
                "Sunbelt Fulfillment has decided to go with other candidates for this job.",
            ),
            (
                REJ,
                "Update: Yard Jockey at Mesa Cold Storage",
                "Yard Jockey\nMesa Cold Storage\n\nThis job is no "
                "longer available. The employer stopped accepting candidates.",
            ),
            (
                ACK,
                "Your application was delivered",
                "Forklift Operator\nMesa Cold Storage\n\nYour application was "
                "delivered to the employer. 1-Click Apply keeps your resume ready for the next one.",
            ),
            (
                INTERVIEW,
                "Route 9 Couriers wants to talk",
                "Delivery Driver\nRoute 9 Couriers\n\nGood news! The "
                "employer is interested and asked for a phone interview. Reply with your availability or pick a time "
                "below.",
            ),
            (
                OTHER,
                "Your resume got 14 views this week",
                "Employers are checking you out. Keep your profile up to "
                "date to stay at the top of their lists.\n\nUpdate my resume",
            ),
            (
                OTHER,
                "Great Match: 7 new driver jobs",
                "We think you'd be a great match for these new jobs. Apply before they fill up.",
            ),
            (
                REJ,
                "Your application to Copper Canyon Beverages",
                "Route Sales Driver\nCopper Canyon Beverages\n\nApplication status: Employer not interested",
            ),
            (
                OTHER,
                "QuickMatch: application withdrawn",
                "Warehouse Associate - Sunbelt Fulfillment\n\nYou withdrew "
                "this application. The employer can no longer view it.",
            ),
        ],
    )
)

W.append(
    Writer(
        "campusbridge-careers",
        "tune",
        "board",
        "notifications@campusbridge.example.edu",
        dress="html",
        board=(
            "CampusBridge",
            (
                "Summer Analyst Intern - Fallbrook Capital - New York, NY - Apply by Jan 15",
                "Software Engineering Intern - Tessellate Labs - Remote - Employers recruiting here",
                "Research Assistant (Student) - Harwick Institute - On campus",
                "Marketing Intern - Lumen & Ash - Chicago, IL - Apply now",
            ),
            "Get the CampusBridge app on iOS and Android.\n\nYou are receiving this because you have a CampusBridge "
            "account through your school's career center. Notification settings | Career center hours",
        ),
        messages=[
            (
                REJ,
                "Your application to Data Science Intern at Corvell Analytics",
                "Data Science Intern - Summer 2020"
                "\nCorvell Analytics\n\nCorvell Analytics has updated the status of your application to: Declined.\n\n"
                "Your career center advisors can help you with your next application. Book an appointment.",
            ),
            (
                REJ,
                "Application Status: Finance Rotational Program",
                "Finance Rotational Program\nStellan Mutual\n\n"
                "The employer has marked your application as not moving forward. Stellan Mutual will not contact you "
                "about this position.",
            ),
            (
                ACK,
                "Application Status: Marketing Intern",
                "Marketing Intern\nLumen & Ash\n\nYour application status "
                "changed to: Under review.\n\nEmployers typically take 2-4 weeks to review student applications.",
            ),
            (
                INTERVIEW,
                "Interview schedule open: Tessellate Labs",
                "Software Engineering Intern\nTessellate Labs\n\n"
                "You've been selected for an on-campus interview! Sign up for a slot on February 12 in the Career "
                "Center. Slots are first come, first served.",
            ),
            (
                REJ,
                "Application Status: Policy Fellow",
                "Policy Fellow\nCivic Ledger Foundation\n\nStatus: Position "
                "filled. The employer filled this position with another candidate.",
            ),
            (
                OTHER,
                "Career Fair next week: 140 employers",
                "The Spring Career Fair is on March 3 in the Student Union. "
                "Preview the employers attending and RSVP to get priority entry.",
            ),
            (
                OTHER,
                "Your profile is 60% complete",
                "Students with complete profiles get 5x more messages from "
                "employers. Add your major, graduation date and a resume.",
            ),
            (
                REJ,
                "Harwick Institute - Research Assistant",
                "Research Assistant (Student)\nHarwick Institute\n\n"
                "Message from the employer:\nThank you for applying. We received many strong applications and are "
                "unable to offer you a place this semester.",
            ),
        ],
    )
)

W.append(
    Writer(
        "launchpad-startup-jobs",
        "report",
        "board",
        "team@launchpadjobs.example.com",
        dress="mixed",
        board=(
            "Launchpad",
            (
                "Founding Engineer - Kelp Robotics - San Francisco - $150k-$190k - 0.5%-1.0%",
                "Full-stack Engineer - Sorrel Pay - Remote (US) - Series A",
                "Product Engineer - Driftwood AI - New York - Recently funded",
                "Backend Engineer - Ninefold Bio - Boston - Apply with one click",
            ),
            "Launchpad - startup jobs. Get the Launchpad app for iOS and Android.\n\nYou're receiving this because "
            "you have a Launchpad candidate profile. Turn off these notifications in settings.",
        ),
        messages=[
            (
                REJ,
                "Sorrel Pay responded to your application",
                "Sorrel Pay - Full-stack Engineer\n\nSorrel Pay "
                "archived your application.\n\nStartups move fast and sometimes close roles quickly. Here are more "
                "companies hiring for your skills.",
            ),
            (
                REJ,
                "Message from Kelp Robotics",
                "Kelp Robotics\n\nHey {name}, thanks for reaching out about the "
                "founding engineer role. We're prioritising folks with hands-on embedded experience right now, so "
                "we'll "
                "pass for now. Good luck!",
            ),
            (
                ACK,
                "Driftwood AI viewed your profile",
                "Driftwood AI\nProduct Engineer\n\nThe founders at Driftwood AI "
                "looked at your application. We'll let you know if they reach out.",
            ),
            (
                INTERVIEW,
                "Ninefold Bio wants to chat",
                "Ninefold Bio\nBackend Engineer\n\nHi {name}, we liked your "
                "application and would love to set up a 30-minute call with our CTO. Here's my calendar: "
                "cal.example/ninefold",
            ),
            (
                REJ,
                "Update on your application to Tiller Health",
                "Tiller Health - Platform Engineer\n\nThis role has "
                "been closed by Tiller Health and is no longer accepting applicants. Your application won't be "
                "reviewed further.",
            ),
            (
                OTHER,
                "Top startups hiring this week",
                "12 startups just raised and are hiring engineers. Sorted by how well they match your profile.",
            ),
            (
                OFFER,
                "Message from Driftwood AI",
                "Driftwood AI\n\n{name} - after the onsite, we'd love to have you join "
                "as a Product Engineer. Attaching our offer: $165k base plus 0.3% equity. Let's talk about it "
                "tomorrow.",
            ),
            (
                REJ,
                "Kelp Robotics: application update",
                "Kelp Robotics - Robotics Software Engineer\n\nStatus: Not a "
                "fit right now\n\nThe team reviewed your profile for this role. You can still apply to their other "
                "open roles.",
            ),
        ],
    )
)

W.append(
    Writer(
        "techstack-careers",
        "tune",
        "board",
        "apply@techstackcareers.example.com",
        dress="plain",
        board=(
            "TechStack Careers",
            (
                "Java Developer - Contract - Brightline Systems - Remote - W2 or C2C",
                "DevOps Engineer - Halcyon Data - Austin, TX - 6 month contract",
                "Salesforce Admin - Aurum Consulting - Plano, TX - Full time",
                "QA Automation Engineer - Riverbend Soft - Remote - Easy Apply",
            ),
            "Download the TechStack Careers app: App Store | Google Play\n\nTechStack Careers, 6465 South Greenwood "
            "Plaza, Centennial, CO. To stop receiving application status emails, update your preferences.",
        ),
        messages=[
            (
                REJ,
                "Application Update - Senior Java Developer",
                "Job: Senior Java Developer (Contract)\nCompany: "
                "Brightline Systems\nStatus: Candidate not selected\n\nThis status was set by the hiring company.",
            ),
            (
                REJ,
                "Your application: Cloud Engineer (Req #44821)",
                "Cloud Engineer - Halcyon Data\n\nThe hiring "
                "company has reviewed your profile and it does not match their current requirements. They will not "
                "contact you regarding this position.",
            ),
            (
                REJ,
                "Position no longer available",
                "QA Automation Engineer - Riverbend Soft\n\nThe position you "
                "applied for has been filled and the listing was removed.",
            ),
            (
                ACK,
                "Application received by Aurum Consulting",
                "Salesforce Admin - Aurum Consulting\n\nYour "
                "application was received. A recruiter from Aurum Consulting may contact you directly.",
            ),
            (
                OUT,
                "A recruiter viewed your profile and sent you a message",
                'Kavitha R., Halcyon Data:\n"Hi {name}, '
                "I came across your profile on TechStack. I have a 12-month DevOps contract in Austin with a strong "
                'chance of extension. Are you available? Please send your rate and availability."',
            ),
            (
                OTHER,
                "Tech salary report 2019",
                "Our annual salary report is out: average tech salaries rose 2.1%. See how your pay compares.",
            ),
            (
                REJ,
                "Status changed: Data Engineer at Sablewood",
                "Data Engineer - Sablewood Media\n\nStatus: Declined by employer",
            ),
        ],
    )
)

W.append(
    Writer(
        "bigboard-classic",
        "report",
        "board",
        "myaccount@bigboard.example.com",
        dress="html",
        board=(
            "BigBoard",
            (
                "Customer Service Representative - Harlow Insurance - Tampa, FL - Apply now",
                "Claims Adjuster Trainee - Keystone Mutual - Tampa, FL - Full-time",
                "Call Center Agent - Brightside Utilities - Clearwater, FL - Hiring event Saturday",
            ),
            "Take BigBoard with you. Get the app on the App Store or Google Play.\n\nThis message was sent to you "
            "by BigBoard Worldwide. Update your email preferences. BigBoard, 133 Boston Post Rd, Weston, MA",
        ),
        messages=[
            (
                REJ,
                "Your application to Harlow Insurance",
                "Customer Service Representative\nHarlow Insurance\n\n"
                "Harlow Insurance has reviewed your application and selected other candidates for this position.",
            ),
            (
                REJ,
                "BigBoard: update on Claims Adjuster Trainee",
                "Claims Adjuster Trainee - Keystone Mutual\n\nYour application status: Not moving forward",
            ),
            (
                ACK,
                "Thanks for applying with BigBoard",
                "You applied to: Call Center Agent - Brightside Utilities\n\n"
                "Your application and resume were sent. Track it in My Applications.",
            ),
            (
                OTHER,
                "Is your resume hurting your chances?",
                "Get a free resume evaluation from our experts in 48 "
                "hours. 3 out of 5 resumes have errors that recruiters notice.",
            ),
            (
                REJ,
                "Your application: Billing Representative",
                "Billing Representative - Palmetto Clinics\n\nWe're "
                "sorry - this employer has closed the job and will not review further applications.",
            ),
            (
                OTHER,
                "Application withdrawn: Claims Adjuster Trainee",
                "You withdrew your application to Keystone "
                "Mutual. If this was a mistake, you can apply again from the job page.",
            ),
            (
                INTERVIEW,
                "Brightside Utilities: hiring event invitation",
                "Call Center Agent - Brightside Utilities"
                "\n\nYou're invited to interview at our hiring event on Saturday, 9am-1pm, 2200 Gulf to Bay Blvd. "
                "Bring your resume.",
            ),
            (
                REJ,
                "Update on your application",
                "Claims Processor - Keystone Mutual\n\nThank you for applying. The "
                "position has been filled internally.",
            ),
        ],
    )
)

W.append(
    Writer(
        "southcross-jobs-au",
        "tune",
        "board",
        "noreply@southcross.example.com.au",
        dress="html",
        board=(
            "SouthCross",
            (
                "Project Coordinator - Wattle Civil - Brisbane QLD - Full time",
                "Site Administrator - Ironbark Constructions - Ipswich QLD - $75k-$85k",
                "Contracts Administrator - Coral Coast Build - Gold Coast QLD - Quick apply",
            ),
            "Download the SouthCross app. Apple App Store | Google Play\n\nSouthCross Ltd, 60 Cremorne St, Cremorne "
            "VIC 3121. You're receiving this because you applied through SouthCross. Privacy | Unsubscribe",
        ),
        messages=[
            (
                REJ,
                "Your application for Project Coordinator",
                "Project Coordinator\nHarbourlight Developments\n\n"
                "Application update: Unsuccessful\n\nHarbourlight Developments has let us know they won't be taking "
                "your application further for this role.",
            ),
            (
                REJ,
                "Site Administrator - Ironbark Constructions",
                "Hi {name},\n\nThank you for your application for "
                "Site Administrator. We have now filled the position and will not be progressing other applications. "
                "All the best with your search.\n\nIronbark Constructions (message sent via SouthCross)",
            ),
            (
                ACK,
                "Your application was sent",
                "Contracts Administrator\nCoral Coast Build\n\nYour application was "
                "sent to Coral Coast Build. Applications for this role close on 30 June.",
            ),
            (
                ACK,
                "Application viewed: Project Coordinator",
                "Wattle Civil\nProject Coordinator\n\nYour application has been viewed by the hiring team.",
            ),
            (
                INTERVIEW,
                "Wattle Civil would like to speak with you",
                "Hi {name},\n\nThanks for applying for Project "
                "Coordinator. We'd like to arrange a phone interview this week. Could you reply with a couple of times "
                "that suit?\n\nMick, Wattle Civil (message sent via SouthCross)",
            ),
            (
                OTHER,
                "New jobs for you: Project Coordinator",
                "21 new jobs match your saved search 'project coordinator' in Brisbane QLD.",
            ),
            (
                REJ,
                "Update on your application",
                "Estimating Assistant - Coral Coast Build\n\nStatus: Not suitable\n"
                "\nThe employer has reviewed your application.",
            ),
            (
                OTHER,
                "The role you applied for has been re-advertised",
                "Site Administrator - Ironbark Constructions\n"
                "\nThis job was re-advertised today. You've already applied, so there's nothing more you need to do.",
            ),
        ],
    )
)

W.append(
    Writer(
        "highstreet-jobs-uk",
        "report",
        "board",
        "jobseeker@highstreetjobs.example.co.uk",
        dress="mixed",
        board=(
            "HighStreet Jobs",
            (
                "Lettings Negotiator - Oakhurst Estates - Bristol - £24,000 + commission",
                "Sales Administrator - Clifton Motors - Bristol - Easy apply",
                "Customer Advisor - Severn Energy - Remote - New today",
            ),
            "Get the HighStreet Jobs app on iOS and Android.\n\nHighStreet Jobs Ltd, registered in England no. "
            "0412237. You are receiving this because you applied for a job. Manage emails | Privacy",
        ),
        messages=[
            (
                REJ,
                "Lettings Negotiator - application update",
                "Lettings Negotiator\nOakhurst Estates\n\nUnfortunately "
                "the recruiter has decided your application won't be progressed on this occasion.",
            ),
            (
                REJ,
                "Your application: Sales Administrator",
                "Sales Administrator - Clifton Motors\n\nThis vacancy has "
                "now closed. The advertiser has informed us the role has been filled.",
            ),
            (
                ACK,
                "Application sent: Customer Advisor",
                "Customer Advisor - Severn Energy\n\nYour CV and cover letter were sent to the recruiter. Good luck!",
            ),
            (
                OTHER,
                "Your CV has been downloaded 3 times",
                "Recruiters have downloaded your CV 3 times in the past week. Keep it fresh to stay visible.",
            ),
            (
                REJ,
                "Update from Hartwell Recruitment",
                "Administration Assistant\nHartwell Recruitment\n\nStatus: "
                "Unsuccessful - you have not been shortlisted for this vacancy.",
            ),
            (
                OTHER,
                "5 tips to ace your video interview",
                "Lighting, sound and a tidy background: our guide to video "
                "interviews, plus the questions employers ask most.",
            ),
            (
                REJ,
                "Customer Advisor - Severn Energy",
                "Customer Advisor\nSevern Energy\n\nThe employer has "
                "reviewed your application and won't be contacting you about this role.",
            ),
        ],
    )
)

# ================================================================================================ staffing firms
W.append(
    Writer(
        "halvard-staffing",
        "tune",
        "agency",
        "megan.ortiz@halvardstaffing.example.com",
        "Megan Ortiz\nSenior Recruitment Manager | Finance & Accounting\nHalvard Staffing | Direct 312-555-0188",
        "Halvard Staffing is an Equal Opportunity Employer. Read our candidate privacy notice at "
        "halvardstaffing.example.com/privacy. Download the Halvard app to see new jobs and submit timecards.",
        messages=[
            (
                REJ,
                "Senior Accountant - Lakeview client",
                "Hi {name},\n\nI heard back from the client on the Senior "
                "Accountant role. They've decided to move forward with another candidate who had more NetSuite "
                "experience. I know you were excited about this one, so I'm sorry to pass that on.\n\nThe good news is "
                "I have two other roles I think you'd be great for - are you free for a call tomorrow?",
            ),
            (
                REJ,
                "Re: Controller opportunity",
                "Hi {name},\n\nQuick update: the client has put the Controller search "
                "on hold until after their fiscal year close, so they won't be scheduling any more interviews for now. "
                "I'll let you know the moment it reopens. In the meantime I'll keep you in mind for anything similar.",
                "Hi Megan, just checking in on the Controller role - any news from the client after last week? "
                "Thanks, {name}",
            ),
            (
                INTERVIEW,
                "Interview confirmed - Tuesday 10am",
                "Hi {name},\n\nYou're confirmed for an interview with "
                "Jim Kowalski, CFO at our manufacturing client, on Tuesday at 10am at their Elk Grove office. I'll "
                "send "
                "you some prep notes tonight. Call me after!",
            ),
            (
                OUT,
                "Temp-to-hire AP role - interested?",
                "Hi {name},\n\nI came across your resume in our database and "
                "have a temp-to-hire Accounts Payable Specialist role in Schaumburg, $27-30/hr. Would you be open to a "
                "quick chat today?",
            ),
            (
                REJ,
                "Client feedback - AP Manager",
                "Hi {name},\n\nThanks again for interviewing with the team at the "
                "distribution client. They gave good feedback on your communication skills, but ultimately they went "
                "with a candidate who has managed a larger team. It was close. Let's keep going - I'll call you "
                "Monday.",
            ),
            (
                OFFER,
                "Great news!!",
                "Hi {name},\n\nThe client wants to bring you on! They're offering $78k base for "
                "the Staff Accountant role with a start date of the 15th. Call me as soon as you see this so we can go "
                "through details.",
            ),
            (
                REJ,
                "Financial Analyst submission",
                "Hi {name},\n\nThe hiring manager reviewed the resumes I sent "
                "over for the Financial Analyst contract and didn't shortlist you this time - they're looking for "
                "someone with heavier FP&A modelling. Don't let it get you down; I'm sending you a few more openings "
                "this week.",
            ),
            (
                OTHER,
                "Timesheet reminder",
                "Hi {name},\n\nFriendly reminder to submit your hours for last week in the "
                "Halvard app by noon Monday so payroll can run on time.",
            ),
        ],
    )
)

W.append(
    Writer(
        "randmoor-workforce",
        "report",
        "agency",
        "jobs@randmoor.example.co.uk",
        "Kind regards,\nTariq Shah\nConsultant, Office & Commercial\nRandmoor Workforce Solutions | Manchester",
        "Randmoor Workforce Solutions Ltd is an employment agency and employment business. This email and any "
        "attachments are confidential. Randmoor is committed to equality and diversity.",
        messages=[
            (
                REJ,
                "Your application - Receptionist, Salford",
                "Hi {name},\n\nThanks for coming in to register with us. "
                "I put you forward for the Receptionist position in Salford, but the client has chosen a candidate "
                "with "
                "more switchboard experience. Please don't be disheartened - I'll be in touch as soon as something "
                "suitable comes in.",
            ),
            (
                REJ,
                "Re: HR Administrator role",
                "Hi {name},\n\nApologies for the slow reply. The client has decided not "
                "to fill the HR Administrator post after all, following a restructure, so it's been withdrawn. Sorry "
                "it's not better news. I've got a couple of ideas for you though - shall we have a chat?",
                "Hi Tariq, I was wondering if there's been any movement on the HR Administrator role? Many thanks",
            ),
            (
                INTERVIEW,
                "Interview details - Data Entry Clerk",
                "Hi {name},\n\nThe client would like to meet you on "
                "Thursday at 2pm at their offices on Deansgate. Please ask for Claire at reception. Good luck!",
            ),
            (
                OUT,
                "Temporary work this week?",
                "Hi {name},\n\nI've got several temporary admin assignments starting "
                "Monday in central Manchester, £11.50 an hour. Let me know if you're available and I'll get you booked "
                "in.",
            ),
            (
                REJ,
                "Customer Service Team Leader",
                "Hi {name},\n\nI've had feedback from the client following your "
                "interview. They felt your experience was strong but have offered the role to someone who's already "
                "led a contact centre team. I'm sorry to give you that news.",
            ),
            (
                OTHER,
                "Right to work documents",
                "Hi {name},\n\nBefore we can place you on assignment, please bring in "
                "your passport or share code so we can complete your right-to-work check.",
            ),
            (
                REJ,
                "Sales Coordinator",
                "Hi {name},\n\nJust a quick one - the Sales Coordinator role has gone to an "
                "internal applicant, so the client won't be seeing external candidates. I'll keep looking for you.",
            ),
            (
                ACK,
                "Registration received",
                "Hi {name},\n\nThanks for registering with Randmoor. I've added your CV "
                "to our system and will call you when a suitable role comes in.",
            ),
        ],
    )
)

W.append(
    Writer(
        "harcourt-hays-recruitment",
        "tune",
        "agency",
        "engineering@harcourtrecruit.example.com.au",
        dress="mixed",
        sign="Best regards,\n\nLiam Fitzgerald\nSenior Consultant | Engineering\nHarcourt Recruitment\nLevel 8, 123 "
        "Eagle Street, Brisbane QLD 4000",
        footer="Harcourt Recruitment - Recruiting experts worldwide. Register for job alerts at "
        "harcourtrecruit.example.com.au. This email is confidential; if received in error please notify the sender.",
        messages=[
            (
                REJ,
                "Structural Engineer - feedback",
                "Hi {name},\n\nThanks for your patience. I've spoken with the "
                "client and unfortunately they won't be progressing your application for the Structural Engineer role. "
                "They're after someone with more bridge design experience. I'd still like to catch up and talk about "
                "the market - when suits?",
            ),
            (
                REJ,
                "Your application - Project Engineer (Mining)",
                "Hi {name},\n\nThank you for applying for the "
                "Project Engineer role with our mining client. We've had a very high number of applicants and "
                "unfortunately on this occasion you haven't been shortlisted. We will keep your details on our "
                "database for future roles.",
            ),
            (
                INTERVIEW,
                "Second interview - Mechanical Engineer",
                "Hi {name},\n\nGreat news - the client would like to "
                "see you for a second interview with their Engineering Manager next Wednesday at 3pm. Can you confirm "
                "you're available?",
            ),
            (
                OUT,
                "Civil Engineer roles in Brisbane",
                "Hi {name},\n\nI noticed your profile and wanted to reach out. "
                "I'm working on a number of Civil Engineer roles with tier-one contractors in Brisbane. Would you "
                "be open "
                "to a confidential conversation about your next move?",
            ),
            (
                REJ,
                "Update - Design Engineer",
                "Hi {name},\n\nI've just heard from the client. They've paused the "
                "Design Engineer recruitment while they wait on a contract award, so no decisions will be made for "
                "now. "
                "I'll update you if it comes back to life.",
            ),
            (
                TEST,
                "Online assessment for the client",
                "Hi {name},\n\nAs part of the process the client asks all "
                "shortlisted candidates to complete an online numerical reasoning test. The link is below; please "
                "complete it by Friday.",
            ),
            (
                REJ,
                "Re: Site Engineer",
                "Hi {name},\n\nFeedback from the client is that you interviewed well, but they "
                "have decided to appoint a candidate with tunnelling experience. Sorry to be the bearer of that news.",
                "Hi Liam, thanks again for setting up Friday's interview. How did they find it? {name}",
            ),
            (
                OTHER,
                "Harcourt Salary Guide",
                "Hi {name},\n\nOur latest salary guide for engineering is out now. "
                "Download your copy to see what's happening with pay across Australia.",
            ),
        ],
    )
)

W.append(
    Writer(
        "oakmere-exec-search",
        "report",
        "agency",
        "c.adeyemi@oakmerepartners.example.com",
        "Warm regards,\nCharlotte Adeyemi\nPartner, Oakmere Partners\nExecutive Search | Board & Leadership",
        "Oakmere Partners LLP. Confidential - intended for the addressee only.",
        messages=[
            (
                REJ,
                "Chief Operating Officer - Wrenfield Group",
                "Dear {name},\n\nThank you for the time you have "
                "given to the Wrenfield search over the last two months. The board met yesterday and has decided to "
                "appoint another candidate whose background in regulated utilities they felt was decisive. I want to "
                "say how highly they thought of you; it was a genuinely close decision.\n\nI would very much like to "
                "stay in touch.",
            ),
            (
                REJ,
                "Director of Finance search",
                "Dear {name},\n\nI promised to update you on the Director of Finance "
                "search. Having discussed the longlist with the client, they have chosen not to take your candidacy "
                "forward to the shortlist. I appreciate this will be disappointing and would be glad to talk it "
                "through.",
            ),
            (
                OUT,
                "A confidential conversation",
                "Dear {name},\n\nI am leading a confidential search for a Chief "
                "Financial Officer for a private-equity-backed healthcare business. Your name came up in several "
                "conversations. Would you be open to a discreet conversation next week?",
            ),
            (
                INTERVIEW,
                "Meeting with the Chair",
                "Dear {name},\n\nThe Chair of Wrenfield would like to meet you over "
                "breakfast on 14 March at 8am at the Connaught. I will send a short briefing beforehand.",
            ),
            (
                REJ,
                "Managing Director appointment",
                "Dear {name},\n\nI am writing to let you know that our client "
                "has concluded the Managing Director process and made an appointment. I'm sorry this wasn't the "
                "outcome you were hoping for. Thank you for your openness throughout.",
            ),
            (
                OTHER,
                "Oakmere Leadership Breakfast - invitation",
                "Dear {name},\n\nWe would be delighted if you could "
                "join us for our spring leadership breakfast on board effectiveness, 22 April, 7:45am.",
            ),
            (
                OFFER,
                "Wrenfield - offer",
                "Dear {name},\n\nI am delighted to tell you that the board would like to "
                "offer you the role of Chief Operating Officer. The formal offer letter will follow from their General "
                "Counsel; let's speak this evening about terms.",
            ),
            (
                REJ,
                "Re: Non-executive director role",
                "Dear {name},\n\nThank you for your patience. The nominations "
                "committee has decided to proceed with two other candidates to final interview. I am sorry to bring "
                "this news.",
                "Charlotte, any news from the nominations committee? Best, {name}",
            ),
        ],
    )
)

W.append(
    Writer(
        "nexgen-it-staffing",
        "tune",
        "agency",
        "rahul.m@nexgenitstaff.example.com",
        "Thanks & Regards,\nRahul Mehta\nTechnical Recruiter | NexGen IT Staffing Inc.\nDesk: 732-555-0134 Ext 211",
        "Note: We respect your online privacy. If you would like to be removed from our mailing list please reply "
        "with REMOVE in the subject line. NexGen IT Staffing is an E-Verified company.",
        messages=[
            (
                REJ,
                "RE: Python Developer - Client Feedback",
                "Hi {name},\n\nHope you are doing well. Client has "
                "given feedback for the Python Developer position - they have selected another profile for this "
                "requirement. Thank you for your time and I will reach you for other suitable requirements.",
                "Hi Rahul, I completed the client interview yesterday. Please let me know the feedback. Regards, "
                "{name}",
            ),
            (
                REJ,
                "Status of your submission - Data Engineer",
                "Hi {name},\n\nYour profile for the Data Engineer role "
                "with our banking client was not shortlisted by the end client. The position requires strong "
                "Snowflake experience. Will keep you posted on other openings.",
            ),
            (
                OUT,
                "Urgent Requirement: Java Full Stack Developer - Jersey City, NJ",
                "Hi {name},\n\nHope you are doing "
                "great! This is Rahul from NexGen IT Staffing. Please find below the job description and let me know "
                "your interest.\n\nRole: Java Full Stack Developer\nLocation: Jersey City, NJ (Hybrid)\nDuration: 12+ "
                "months\nSkills: Java 11, Spring Boot, Angular, Kafka\n\nPlease share your updated resume, rate and "
                "visa status.",
            ),
            (
                INTERVIEW,
                "Interview scheduled - Client round 1",
                "Hi {name},\n\nYour interview with the client is "
                "scheduled on Wednesday at 11:00 AM EST over MS Teams. Panel: 2 members. Please join 5 minutes early "
                "and keep your camera on.",
            ),
            (
                REJ,
                "Requirement closed",
                "Hi {name},\n\nThe client has closed the DevOps Engineer requirement due to "
                "budget issues, so we will not be able to proceed with your submission. Sorry for the inconvenience.",
            ),
            (
                OTHER,
                "Right to Represent confirmation",
                "Hi {name},\n\nPlease reply to this email confirming that you "
                "give NexGen IT Staffing the exclusive right to represent you for the Senior QA role at our client for "
                "the next 30 days.",
            ),
            (
                REJ,
                "Feedback - Salesforce Developer",
                "Hi {name},\n\nClient feedback: candidate communication is good "
                "but technical depth in Apex triggers was not up to the mark. They are not moving forward. Please "
                "brush up and we will try other positions.",
            ),
        ],
    )
)

W.append(
    Writer(
        "carewell-locums",
        "report",
        "agency",
        "placements@carewelllocums.example.com",
        dress="mixed",
        sign="Warmly,\nDeborah Lin, RN\nClinical Recruiter, Carewell Locums & Travel Nursing",
        footer="Carewell Locums is a Joint Commission certified staffing agency. Text STOP to opt out of job texts. "
        "Carewell Locums, 400 N Tampa St, Tampa, FL.",
        messages=[
            (
                REJ,
                "ICU travel contract - Memphis",
                "Hi {name},\n\nThe facility in Memphis let me know they filled the "
                "ICU contract with a nurse who can start a week earlier. I'm sorry - I know the dates were perfect for "
                "you. I have two other ICU openings in Tennessee I'd love to submit you to.",
            ),
            (
                REJ,
                "Update on your submission",
                "Hi {name},\n\nThe hospital reviewed your profile for the PACU "
                "position and decided not to offer an interview - they need two years of PACU specifically. We'll find "
                "the right fit!",
            ),
            (
                OUT,
                "Hot new contracts - Med/Surg",
                "Hi {name},\n\nNew Med/Surg contracts just opened in Phoenix, "
                "Denver and Sacramento, $2,400-$2,900/week. Want me to submit you?",
            ),
            (
                INTERVIEW,
                "Phone interview with the nurse manager",
                "Hi {name},\n\nThe nurse manager at Sacred Oaks would "
                "like a 15-minute phone interview tomorrow between 1 and 3pm. What number is best?",
            ),
            (
                OFFER,
                "You got it!",
                "Hi {name},\n\nSacred Oaks offered you the 13-week contract starting June 3! "
                "$2,650/week with housing stipend. Please accept in the portal within 24 hours.",
            ),
            (
                REJ,
                "Cardiac Step-down - Denver",
                "Hi {name},\n\nQuick update, the Denver step-down contract was "
                "cancelled by the facility because their census dropped. Your submission is closed. Let's look at "
                "other options.",
            ),
            (
                OTHER,
                "Please update your skills checklist",
                "Hi {name},\n\nYour Med/Surg skills checklist expires next "
                "month. Please complete a new one in the portal so we can keep submitting you.",
            ),
        ],
    )
)

# ============================================================================== hiring managers and founders
W.append(
    Writer(
        "founder-plainly",
        "tune",
        "person",
        "maya@plainlyapp.example.com",
        sign="Maya\nCo-founder, Plainly",
        messages=[
            (
                REJ,
                "Plainly",
                "Hey {name},\n\nThanks again for spending so much time with us last week. This one was a "
                "tough call, honestly. We've decided to go with someone who has more experience running paid "
                "acquisition at our stage. You were a close second and I'd love to stay in touch.",
                "Hi Maya, great to "
                "meet the team on Thursday! Let me know if you need anything else from me. Best, {name}",
            ),
            (
                REJ,
                "quick update",
                "hey {name} - wanted to let you know we're not going to move forward for the "
                "design role. portfolio was great but we need someone heavier on brand. thanks for the time!",
            ),
            (
                INTERVIEW,
                "Plainly - come meet the team?",
                "Hi {name},\n\nLoved your note. Could you come by our office "
                "in SoMa on Friday around 2? You'd meet me and Dev (CTO) for about an hour, nothing formal.",
            ),
            (
                OFFER,
                "Let's do this",
                "Hi {name},\n\nWe'd love for you to join Plainly as our first Growth Lead! I'll "
                "send the offer letter tonight: $135k and 0.75%. Can't wait to work together.",
            ),
            (
                REJ,
                "Re: Following up",
                "Hi {name} - sorry for the radio silence. We went with another candidate for the "
                "Ops role; it came down to experience with marketplaces. Really appreciated your energy.",
                "Hi Maya, just following up on the operations role - happy to answer any other questions. {name}",
            ),
            (
                OTHER,
                "Plainly launch party",
                "Hi {name},\n\nWe're launching publicly next Thursday and throwing a small "
                "party at the office. Would love to see you there - bring a friend!",
            ),
            (
                TEST,
                "small exercise",
                "Hi {name},\n\nBefore the final chat, could you put together a one-page growth "
                "plan for our first 1,000 users? No need to polish it, we mostly want to see how you think.",
            ),
        ],
    )
)

W.append(
    Writer(
        "eng-manager-fintech",
        "report",
        "person",
        "tom.reyes@ledgerline.example.com",
        "Tom Reyes\nEngineering Manager, Payments\nLedgerline",
        messages=[
            (
                REJ,
                "Backend role - thank you",
                "Hi {name},\n\nI wanted to reach out personally rather than leave it to "
                "an automated email. We've decided to go with another candidate for the backend role on Payments. Your "
                "system design round was strong; where we landed was that the other person had more on-call experience "
                "with card networks. I'm sorry it's not better news.",
            ),
            (
                REJ,
                "Re: Thanks for today",
                "Hi {name}, appreciate the note. Unfortunately we're going to pass - the "
                "team felt the gap on distributed systems was too big for this level. Happy to share more on a call.",
                "Hi Tom, thanks for today's interviews, I enjoyed meeting the team. Looking forward to hearing back.",
            ),
            (
                INTERVIEW,
                "Onsite next week?",
                "Hi {name},\n\nThe team enjoyed the phone screen. Can you do a virtual "
                "onsite next Tuesday or Wednesday? Four 45-minute sessions; our coordinator will send invites.",
            ),
            (
                REJ,
                "Staff Engineer opening",
                "Hi {name},\n\nThank you for your interest in the Staff Engineer opening. "
                "We've made a hire for the role. I'll keep your details and reach out if we open another senior "
                "position.",
            ),
            (
                OTHER,
                "Ledgerline engineering blog",
                "Hi {name},\n\nSince you asked about how we handle idempotency, here "
                "is the blog post I mentioned. Enjoy!",
            ),
            (
                REJ,
                "Re: Re: Payments engineer",
                "Hey {name}, short answer is no for this one, sorry. We're hiring "
                "someone more senior. Good luck out there.",
                "Tom - any decision on the payments engineer role? Thanks!",
            ),
        ],
    )
)

W.append(
    Writer(
        "restaurant-owner",
        "tune",
        "person",
        "gina@casaverdekitchen.example.com",
        sign="Gina Morales\nCasa Verde Kitchen",
        messages=[
            (
                REJ,
                "Line cook position",
                "Hi {name},\n\nThank you for coming in for the stage on Saturday. The kitchen "
                "team and I talked it over and we decided to hire someone who has worked a wood grill before. You were "
                "great with the team and I hope you find a good spot soon.",
            ),
            (REJ, "Server job", "Hi {name}, we filled the server position. Thanks for applying!"),
            (
                INTERVIEW,
                "Come in Tuesday?",
                "Hi {name},\n\nThanks for your message about the host job. Can you come in "
                "Tuesday at 3 before dinner service? Ask for me at the bar.",
            ),
            (
                OFFER,
                "Welcome aboard",
                "Hi {name},\n\nWe'd love to have you as our new prep cook. $18/hour to start, "
                "Wednesday to Sunday mornings. Let me know if you accept and I'll get your paperwork ready.",
            ),
            (
                REJ,
                "Re: Bartender",
                "Hey {name}, sorry for the slow reply - we ended up going with someone we already "
                "knew from the neighborhood. Appreciate you stopping by.",
                "Hi Gina, I dropped off my resume on "
                "Friday for the bartender opening. Let me know if you'd like to chat!",
            ),
            (
                OTHER,
                "Catering order",
                "Hi {name},\n\nYour catering order for 25 people is confirmed for Saturday at "
                "noon. Pickup at the side door.",
            ),
            (
                REJ,
                "sous chef",
                "Hi {name}. I'm going to pass on the sous chef role for now - looking for more years "
                "running a line. Keep in touch.",
            ),
        ],
    )
)

W.append(
    Writer(
        "design-studio-director",
        "report",
        "person",
        "hello@northlightstudio.example.co.uk",
        "Ellie\nCreative Director, Northlight Studio",
        messages=[
            (
                REJ,
                "Northlight - Mid-weight Designer",
                "Hi {name},\n\nThanks so much for coming in and talking us "
                "through your work - we loved the packaging project. It was a really tough decision, but we've offered "
                "the role to a designer with a bit more motion experience. Please do keep in touch.",
            ),
            (
                REJ,
                "Junior role",
                "Hi {name}, thanks for sending your folio over. We're not taking it further this "
                "time but do get in touch again next year!",
            ),
            (
                INTERVIEW,
                "Pop in for a coffee?",
                "Hi {name},\n\nLoved your folio. Would you like to pop into the studio "
                "next Thursday afternoon for a coffee and a chat about the Junior Designer role?",
            ),
            (
                TEST,
                "Little brief",
                "Hi {name},\n\nAs a next step we'd like you to spend a few hours on a small brief: "
                "a poster for a local arts festival. Send it over by Monday if you can.",
            ),
            (
                REJ,
                "Re: Motion Designer freelance",
                "Hi {name}, sorry - the client pulled the project, so we don't "
                "need a freelancer for it after all. Will shout if something else comes up.",
                "Hi Ellie, checking whether you still need a motion designer for the festival work? {name}",
            ),
            (
                OTHER,
                "Studio open evening",
                "Hi {name},\n\nWe're opening the studio doors on 12 October for drinks and "
                "a look at our recent work. Hope you can make it!",
            ),
        ],
    )
)

W.append(
    Writer(
        "nonprofit-director",
        "tune",
        "person",
        "director@riverwardfoodbank.example.org",
        "Warmly,\nDolores Whitfield\nExecutive Director, Riverward Food Bank",
        messages=[
            (
                REJ,
                "Volunteer Coordinator position",
                "Dear {name},\n\nThank you for meeting with our hiring panel. "
                "Your commitment to our community came through clearly. After much discussion we have offered the "
                "Volunteer Coordinator position to another candidate who has managed volunteer programs of a similar "
                "size. I hope you will stay connected with Riverward.",
            ),
            (
                REJ,
                "Grants Manager",
                "Dear {name},\n\nI am writing with an update on the Grants Manager search. Our "
                "board has decided to postpone filling the position until our next funding cycle, so we are closing "
                "the "
                "search for now. I'm so sorry to disappoint you after your thoughtful application.",
            ),
            (
                INTERVIEW,
                "Interview for Program Associate",
                "Dear {name},\n\nWe would like to invite you to interview "
                "for the Program Associate position on Monday, May 6 at 10:00 am at our warehouse office.",
            ),
            (
                OTHER,
                "Thank you for your gift",
                "Dear {name},\n\nThank you for your generous donation of $50. Your gift "
                "will provide 150 meals to families in Riverward County.",
            ),
            (
                REJ,
                "Re: Program Associate",
                "Dear {name},\n\nThank you for your note. We have offered the Program "
                "Associate role to another applicant. It was a hard choice; please don't hesitate to apply again.",
                "Dear Ms. Whitfield, thank you for the interview on Monday. I'm very interested in the Program "
                "Associate "
                "role and would welcome the chance to contribute. Sincerely, {name}",
            ),
            (
                OFFER,
                "Offer of employment - Warehouse Lead",
                "Dear {name},\n\nI'm delighted to offer you the position "
                "of Warehouse Lead at Riverward Food Bank, at $21.50 per hour. Please sign the attached letter and "
                "return it by Friday.",
            ),
        ],
    )
)

W.append(
    Writer(
        "cto-seed-startup",
        "report",
        "person",
        "sam@gridkite.example.io",
        sign="Sam (CTO, Gridkite)",
        messages=[
            (
                REJ,
                "Gridkite",
                "Hi {name} - thanks for doing the pairing session. We're going to go with someone with "
                "more Rust on the embedded side. It was close, and I mean that. If you're ever in Oakland, coffee's on "
                "me.",
            ),
            (
                REJ,
                "re: ML engineer",
                "hey {name}, unfortunately we've decided not to hire for this role right now, "
                "we're extending runway. sorry to have taken your time.",
                "hi sam, any update on the ml engineer role? thanks!",
            ),
            (
                INTERVIEW,
                "pairing session?",
                "hey {name}, want to do a 90 min pairing session with me on Thursday? "
                "We'll work on a real bug in our firmware repo.",
            ),
            (
                OUT,
                "saw your talk",
                "Hi {name},\n\nSaw your talk at the embedded meetup - really liked the part about "
                "power budgets. We're hiring our second firmware engineer at Gridkite. Interested in a chat?",
            ),
            (REJ, "Thanks", "{name}, thanks for your time this week. Not a fit for us right now, but good luck."),
            (OTHER, "Gridkite beta", "Hey {name}, you're on the beta list - your dev kit ships Monday."),
        ],
    )
)

# ================================================================== universities, public bodies, hospitals, schools
W.append(
    Writer(
        "college-faculty-search",
        "tune",
        "institution",
        "searchcommittee@ashburycollege.example.edu",
        "Sincerely,\n\nProf. Harold Benning\nChair, Search Committee\nDepartment of Chemistry\nAshbury College",
        "Ashbury College is an Equal Opportunity/Affirmative Action employer and actively seeks to increase the "
        "diversity of its faculty.",
        messages=[
            (
                REJ,
                "Assistant Professor of Chemistry (Search #2017-114)",
                "Dear Dr. {name},\n\nOn behalf of the search "
                "committee, I write to thank you for your application for the position of Assistant Professor of "
                "Organic Chemistry. We received 187 applications, many of them excellent. The search committee has "
                "completed its review, and I regret to inform you that your application was not selected for further "
                "consideration.\n\nWe wish you every success in your career.",
            ),
            (
                REJ,
                "Visiting Assistant Professor - Chemistry",
                "Dear Dr. {name},\n\nThank you for your interest in the "
                "visiting position in our department. I am writing to let you know that the position has been filled. "
                "We appreciate the care with which you prepared your materials.",
            ),
            (
                INTERVIEW,
                "Campus visit - Ashbury College",
                "Dear Dr. {name},\n\nThe search committee is pleased to "
                "invite you to a campus visit on February 20-21, 2018. The visit includes a research seminar, a "
                "teaching demonstration and meetings with the Dean. Our administrative assistant will arrange travel.",
            ),
            (
                REJ,
                "Search #2017-114 update",
                "Dear Dr. {name},\n\nThank you for visiting Ashbury College and for the "
                "seminar you gave. The department has extended an offer to another candidate, who has accepted. I know "
                "this is not the news you hoped for after your visit, and we were grateful to get to know you.",
            ),
            (
                ACK,
                "Application materials complete",
                "Dear Dr. {name},\n\nThis is to confirm that your application "
                "file, including three letters of reference, is complete. Review of applications will begin on "
                "November 1 and continue until the position is filled.",
            ),
            (
                OTHER,
                "Department seminar series",
                "Dear colleagues,\n\nThis week's seminar: Prof. Anita Rao on "
                "photoredox catalysis, Thursday at 4pm in Hall 112. Refreshments at 3:45.",
            ),
            (
                REJ,
                "Your application - Lecturer in Chemistry",
                "Dear Dr. {name},\n\nThank you for applying for the "
                "Lecturer position. After careful review of all applicants, the committee has identified a shortlist "
                "that does not include your application. We are grateful for your interest in Ashbury.",
            ),
            (
                TEST,
                "Teaching statement and sample syllabus",
                "Dear Dr. {name},\n\nThe committee would like to ask you "
                "for two additional materials before the first-round interviews: a one-page teaching statement and a "
                "sample syllabus for General Chemistry I. Please upload them to the portal by December 10.",
            ),
        ],
    )
)

W.append(
    Writer(
        "university-staff-hr",
        "report",
        "institution",
        "recruitment@wexfordshire.example.ac.uk",
        dress="html",
        sign="Yours sincerely,\n\nRecruitment Team\nHuman Resources\nUniversity of Wexfordshire",
        footer="The University of Wexfordshire is an exempt charity. We are committed to equality of opportunity and "
        "welcome applications from all sections of the community. Data Protection: see our applicant privacy notice.",
        messages=[
            (
                REJ,
                "Ref: WX-2018-0344 Research Associate",
                "Dear {name},\n\nThank you for your application for the "
                "above post. The selection panel has now shortlisted for interview, and I am sorry to tell you that on "
                "this occasion your application has not been successful. We would like to thank you for the interest "
                "you have shown in working at the University.",
            ),
            (
                REJ,
                "Ref: WX-2018-0390 Library Assistant - outcome of interview",
                "Dear {name},\n\nThank you for "
                "attending interview for the above post. The panel has selected another applicant for appointment. "
                "If you would like feedback, please contact the chair of the panel.",
            ),
            (
                INTERVIEW,
                "Ref: WX-2018-0412 invitation to interview",
                "Dear {name},\n\nI am pleased to invite you to "
                "interview for the post of Finance Officer on Tuesday 17 July 2018 at 11:15 in the Registry Building. "
                "The interview will include a short presentation on the topic below.",
            ),
            (
                ACK,
                "Application received: WX-2018-0412",
                "Dear {name},\n\nThank you for applying for the post of "
                "Finance Officer. Your application has been received. Shortlisting will take place after the closing "
                "date; if you have not heard from us within four weeks, please assume you have not been shortlisted "
                "on this occasion.",
            ),
            (
                OFFER,
                "Conditional offer of appointment",
                "Dear {name},\n\nI am pleased to confirm the panel's "
                "recommendation to offer you the post of Finance Officer, subject to satisfactory references and "
                "proof of eligibility to work in the UK.",
            ),
            (
                REJ,
                "Ref: WX-2019-0021 Technician",
                "Dear {name},\n\nFurther to your application, I write to advise that "
                "the department has decided not to proceed with the appointment at this time and the post has been "
                "withdrawn. Thank you for your interest.",
            ),
            (
                OTHER,
                "Staff newsletter - summer edition",
                "Dear colleague,\n\nIn this edition: the new library wing, "
                "long service awards and changes to the car parking permit scheme.",
            ),
        ],
    )
)

W.append(
    Writer(
        "city-council-uk",
        "tune",
        "institution",
        "noreply@jobs.brackenfordcouncil.example.gov.uk",
        "Yours sincerely,\nHR Recruitment Service\nBrackenford City Council",
        "Brackenford City Council is a Disability Confident employer. Please do not reply to this automatically "
        "generated email. Council offices, Market Square, Brackenford BF1 1AA.",
        dress="mixed",
        messages=[
            (
                REJ,
                "Application for Planning Officer, Ref BCC1187",
                "Dear {name},\n\nThank you for your recent "
                "application for the post of Planning Officer. The recruiting manager has now completed shortlisting. "
                "Unfortunately your application has not been shortlisted for interview on this occasion. We do receive "
                "a high number of applications and are unable to provide individual feedback at this stage.",
            ),
            (
                REJ,
                "Outcome of interview - Refuse Collection Operative",
                "Dear {name},\n\nThank you for attending "
                "interview. I regret to inform you that the panel did not select you for appointment. Your details "
                "will be kept for six months in case of a further vacancy.",
            ),
            (
                INTERVIEW,
                "Invitation to interview - Ref BCC1203",
                "Dear {name},\n\nYou have been shortlisted for "
                "interview for the post of Customer Services Advisor. Your interview will take place on 3 October 2017 "
                "at 10:00 at the Civic Centre. Please bring original identity documents.",
            ),
            (
                TEST,
                "Assessment centre - Graduate Management Trainee",
                "Dear {name},\n\nYou are invited to attend the "
                "assessment centre for the Graduate Management Trainee scheme, comprising an in-tray exercise, a "
                "group discussion and a written test, on 19 October 2017.",
            ),
            (
                REJ,
                "Ref BCC1203 Customer Services Advisor",
                "Dear {name},\n\nFollowing your recent interview, I am "
                "writing to let you know that you have been unsuccessful on this occasion. Thank you for the time and "
                "effort you put into your application.",
            ),
            (
                ACK,
                "Application acknowledgement - Ref BCC1221",
                "Dear {name},\n\nThank you for your application for "
                "Housing Officer, which has been received. Shortlisting will take place on 14 November. If you have "
                "not "
                "been contacted by 28 November, please assume your application has been unsuccessful.",
            ),
            (
                OTHER,
                "Council tax reminder",
                "Dear {name},\n\nYour next council tax instalment of £142.00 is due on 1 "
                "December. Pay online or set up a Direct Debit.",
            ),
            (
                REJ,
                "Ref BCC1221 Housing Officer - vacancy withdrawn",
                "Dear {name},\n\nI am writing to inform you that "
                "the vacancy for Housing Officer has been withdrawn due to a service review and will not be filled. We "
                "apologise for any inconvenience and thank you for applying.",
            ),
        ],
    )
)

W.append(
    Writer(
        "state-agency-us",
        "report",
        "institution",
        "donotreply@careers.stateoflakemont.example.gov",
        "State of Lakemont\nDepartment of Administrative Services - Human Resources",
        "This is an automated e-mail. Please do not reply. The State of Lakemont is an Equal Opportunity Employer.",
        messages=[
            (
                REJ,
                "Position 2019-04418 Program Analyst 2",
                "Dear {name},\n\nThank you for your interest in the "
                "Program Analyst 2 position with the Department of Revenue. The hiring authority has reviewed the "
                "applicant pool, and your name will not be forwarded for further consideration. Your application "
                "remains active for other postings to which you apply.",
            ),
            (
                REJ,
                "Position 2019-04502 Correctional Officer - Notice",
                "Dear {name},\n\nBased on the results of the "
                "physical abilities test, you did not meet the passing standard for this recruitment. You may reapply "
                "after 90 days.",
            ),
            (
                TEST,
                "Position 2019-04502 Physical Abilities Test",
                "Dear {name},\n\nYou are scheduled for the physical "
                "abilities test on June 8, 2019 at 7:30 a.m. at the Training Academy. Wear athletic clothing.",
            ),
            (
                ACK,
                "Application received - 2019-04610",
                "Dear {name},\n\nYour application for Environmental "
                "Specialist 1 has been received. Applications will be screened for minimum qualifications after the "
                "posting closes.",
            ),
            (
                REJ,
                "Position 2019-04610 Environmental Specialist 1",
                "Dear {name},\n\nThe selection process for this "
                "position is complete and another applicant has been chosen. Thank you for your interest in state "
                "service.",
            ),
            (
                INTERVIEW,
                "Position 2019-04418 interview",
                "Dear {name},\n\nThe Department of Revenue would like to "
                "interview you for Program Analyst 3. Please call 555-410-2200 to schedule a time between July 9 and "
                "July 12.",
            ),
            (
                OTHER,
                "Your password will expire",
                "Dear {name},\n\nYour state careers account password will expire in 7 days. Sign in to change it.",
            ),
            (
                REJ,
                "Position 2019-04733 Office Assistant 2",
                "Dear {name},\n\nThis recruitment has been cancelled and the position will not be filled at this time.",
            ),
        ],
    )
)

W.append(
    Writer(
        "hospital-trust-uk",
        "tune",
        "institution",
        "recruitment.noreply@thornbury-nhs.example.uk",
        dress="html",
        sign="Kind regards\n\nRecruitment Team\nThornbury Hospitals NHS Foundation Trust",
        footer="This email has been sent from an unmonitored account. Thornbury Hospitals NHS Foundation Trust is "
        "committed to safeguarding and promoting the welfare of children and adults. Please check your Junk folder "
        "for future emails from us.",
        messages=[
            (
                REJ,
                "Application for Staff Nurse - Ward 12 (Job ref 281-STH-2018)",
                "Dear {name},\n\nThank you for your "
                "application for the above post. We regret to inform you that on this occasion you have not been "
                "shortlisted. We would like to take this opportunity to thank you for your interest in the Trust and "
                "wish you every success in the future.",
            ),
            (
                REJ,
                "Interview outcome: Healthcare Assistant",
                "Dear {name},\n\nThank you for attending interview on "
                "12 March for the post of Healthcare Assistant. The panel has appointed another candidate. If you "
                "would "
                "like feedback please contact the recruiting manager.",
            ),
            (
                INTERVIEW,
                "Invitation to interview: 281-STH-2018-044",
                "Dear {name},\n\nCongratulations, you have been "
                "shortlisted for the post of Band 5 Physiotherapist. Please log in to book an interview slot on 24 "
                "April. Bring your passport, professional registration and proof of address.",
            ),
            (
                OFFER,
                "Conditional offer: Band 5 Physiotherapist",
                "Dear {name},\n\nFollowing your recent interview, we "
                "are delighted to make you a conditional offer of employment for the above post, subject to "
                "pre-employment checks.",
            ),
            (
                ACK,
                "Application received",
                "Dear {name},\n\nThank you for submitting your application for Ward Clerk. "
                "The recruiting manager will review applications after the closing date of 30 April.",
            ),
            (
                REJ,
                "Vacancy closed early: Ward Clerk",
                "Dear {name},\n\nPlease note that the post of Ward Clerk was "
                "closed early due to a high volume of applications, and applications received after shortlisting "
                "began, including yours, will not be considered.",
            ),
            (
                OTHER,
                "DBS check: action needed",
                "Dear {name},\n\nTo continue your pre-employment checks, please complete "
                "your DBS application online within 5 working days.",
            ),
            (
                REJ,
                "Job ref 281-STH-2018-071 Medical Secretary",
                "Dear {name},\n\nThank you for applying for the post "
                "of Medical Secretary. Following shortlisting, we are sorry to inform you that your application was "
                "not taken forward.",
            ),
        ],
    )
)

W.append(
    Writer(
        "school-district",
        "report",
        "institution",
        "hr@pinecountyschools.example.k12.us",
        "Respectfully,\nOffice of Human Resources\nPine County Public Schools",
        "Pine County Public Schools does not discriminate on the basis of race, color, national origin, sex, "
        "disability or age in its programs and activities.",
        messages=[
            (
                REJ,
                "Elementary Teacher - Grade 3, Oakridge Elementary",
                "Dear {name},\n\nThank you for interviewing "
                "for the Grade 3 teaching position at Oakridge Elementary. The principal has recommended another "
                "candidate to the Board for appointment. We encourage you to keep your application current in our "
                "system for future openings.",
            ),
            (
                REJ,
                "Application for Paraprofessional",
                "Dear {name},\n\nThank you for your application. The "
                "paraprofessional position at Lakeside Middle School has been filled. Thank you for your interest in "
                "Pine County Public Schools.",
            ),
            (
                INTERVIEW,
                "Interview - High School Math Teacher",
                "Dear {name},\n\nThe principal of Pine County High "
                "School would like to interview you for the Math Teacher vacancy on Wednesday, April 17, 2019 at 3:30 "
                "p.m. Please confirm by replying to this message.",
            ),
            (
                OTHER,
                "Substitute teacher orientation",
                "Dear {name},\n\nSubstitute teacher orientation will be held on "
                "August 14 at the Central Office. Bring your fingerprint receipt.",
            ),
            (
                REJ,
                "School Counselor vacancy",
                "Dear {name},\n\nThe School Counselor position at Westfield Middle "
                "School will not be filled for the 2019-2020 school year due to a change in staffing allocations. "
                "Your application will not be considered further for this vacancy.",
            ),
            (
                OFFER,
                "Recommendation for hire",
                "Dear {name},\n\nCongratulations! You have been recommended for hire as "
                "a Math Teacher at Pine County High School, pending Board approval on May 2. HR will contact you about "
                "your contract.",
            ),
            (
                ACK,
                "Application complete",
                "Dear {name},\n\nYour application for certified teaching positions is "
                "complete and is now visible to principals.",
            ),
        ],
    )
)

W.append(
    Writer(
        "research-institute",
        "tune",
        "institution",
        "hr@kelvinsideinstitute.example.org",
        "With best wishes,\nDr Fiona Mackay\nHead of HR, Kelvinside Institute for Marine Science",
        messages=[
            (
                REJ,
                "Postdoctoral Research Fellow - Coastal Ecology",
                "Dear {name},\n\nThank you for your application "
                "for the Postdoctoral Research Fellow post. The interview panel met on 4 June and has offered the post "
                "to another applicant, who has accepted. The panel asked me to pass on that they were impressed by the "
                "breadth of your fieldwork.",
            ),
            (
                REJ,
                "PhD studentship 2018",
                "Dear {name},\n\nThank you for applying for the funded PhD studentship in "
                "ocean acidification. I am sorry to tell you that you have not been selected for interview. "
                "Competition "
                "was very strong this year.",
            ),
            (
                INTERVIEW,
                "Interview: Research Technician",
                "Dear {name},\n\nI am pleased to invite you to interview for "
                "the post of Research Technician on 19 September at 2pm at the Institute. Travel expenses will be "
                "reimbursed.",
            ),
            (
                OTHER,
                "Seminar: deep-sea sampling",
                "Dear {name},\n\nYou are warmly invited to our public seminar on "
                "deep-sea sampling techniques, 3 October at 5pm.",
            ),
            (
                REJ,
                "Research Technician - outcome",
                "Dear {name},\n\nThank you for attending interview. After much "
                "deliberation the panel decided that another candidate's experience with mass spectrometry better met "
                "the needs of the post.",
            ),
            (
                ACK,
                "Your application",
                "Dear {name},\n\nThank you for applying for the post of Data Manager. We will "
                "be in touch after the closing date.",
            ),
        ],
    )
)

W.append(
    Writer(
        "police-fire-civil-service",
        "report",
        "institution",
        "testing@metrocityfirepolice.example.gov",
        "Metro City Civil Service Commission\nTesting & Selection Division",
        "Metro City is an Equal Opportunity Employer. This notice is issued in accordance with Civil Service Rule 7.",
        messages=[
            (
                REJ,
                "Notice of Disqualification - Firefighter Recruit",
                "Dear {name},\n\nThis is to notify you that you "
                "have been disqualified from the Firefighter Recruit selection process because you did not pass the "
                "candidate physical ability test. You may appeal this decision in writing within 10 days.",
            ),
            (
                REJ,
                "Police Officer Recruit - Background Investigation",
                "Dear {name},\n\nThe background investigation for "
                "your application is complete. The Department has removed your name from the eligibility list for "
                "Police Officer Recruit. This decision is final for the current hiring cycle.",
            ),
            (
                TEST,
                "Written Examination Admission Notice",
                "Dear {name},\n\nYou are admitted to the written "
                "examination for Police Officer Recruit on Saturday, March 9, 2019 at 8:00 a.m. at Metro City College. "
                "Bring this notice and a photo ID.",
            ),
            (
                ACK,
                "Application accepted - Police Officer Recruit",
                "Dear {name},\n\nYour application has been "
                "accepted. You will receive an admission notice for the written examination.",
            ),
            (
                INTERVIEW,
                "Oral Board Interview",
                "Dear {name},\n\nYou have been scheduled for an oral board interview "
                "on April 22, 2019 at 1:15 p.m. at Fire Headquarters, 200 Main St.",
            ),
            (
                REJ,
                "Eligibility list - Fire Inspector",
                "Dear {name},\n\nYour final score on the Fire Inspector "
                "examination was 68. The passing score is 70, so your name will not be placed on the eligibility list.",
            ),
        ],
    )
)

# ================================================================================== short notes and quoted replies
W.append(
    Writer(
        "terse-hr-replies",
        "tune",
        "terse",
        "hr@mossgatelogistics.example.co.uk",
        sign="Mossgate HR",
        messages=[
            (REJ, "Re: Your application - unsuccessful", "Dear {name},\n\nThank you for your interest in Mossgate."),
            (REJ, "Warehouse Operative - not progressed", "Hi {name}, thanks for applying. Best of luck."),
            (REJ, "Your application", "Dear {name}, we will not be taking your application further. Regards."),
            (
                REJ,
                "Re: Transport Planner",
                "Sorry {name}, the role has gone. Thanks for your interest.",
                "Hello, is the Transport Planner role still open? I sent my CV last week. {name}",
            ),
            (INTERVIEW, "Re: Transport Planner", "Hi {name}, yes - can you come in Monday 9am?"),
            (ACK, "Re: CV", "Thanks {name}, received. We'll review after the closing date."),
            (OTHER, "Re: Holiday request", "Approved - enjoy your break."),
            (
                REJ,
                "Fleet Administrator",
                "Hi {name}. Thanks for your time yesterday. On this occasion we have decided "
                "to offer the post to another candidate.",
            ),
            (OTHER, "Re: Parking at the depot", "Hi {name}, use the visitor bays by gate 2. Thanks."),
        ],
    )
)

W.append(
    Writer(
        "terse-mixed-senders",
        "report",
        "terse",
        "jobs@corriganbuilders.example.com",
        sign="Corrigan Builders",
        messages=[
            (REJ, "Apprentice Carpenter - unsuccessful", "Hi {name}, thank you for applying. Regards."),
            (
                REJ,
                "Re: Estimator",
                "We've filled the position, thanks {name}.",
                "Hi, following up on my application for the estimator role. {name}",
            ),
            (REJ, "Your application", "{name} - not this time, I'm afraid. Thanks for applying."),
            (ACK, "Re: Site Manager application", "Got it, thanks {name}. We'll be in touch."),
            (INTERVIEW, "Site Manager", "Hi {name}, can you meet on site Thursday 8am? Address to follow."),
            (OTHER, "Re: invoice 4471", "Paid today. Thanks."),
            (REJ, "Labourer", "Hi {name}, no vacancies at the moment sorry. Try again in spring."),
        ],
    )
)

W.append(
    Writer(
        "hiring-manager-threads",
        "tune",
        "person",
        "p.okafor@brindlemedia.example.com",
        "Patrick Okafor\nHead of Content, Brindle Media",
        messages=[
            (
                REJ,
                "Re: Senior Editor - next steps",
                "Hi {name},\n\nThanks for bearing with us. We're going with an "
                "internal candidate for the Senior Editor role in the end. I'm genuinely sorry, because your edit test "
                "was one of the best we saw.",
                "On Tue, 4 Jun 2019 at 09:12, Patrick Okafor wrote:\n> Hi {name}, "
                "great news - we'd love to invite you to a final interview with our CEO next week. Could you do "
                "Wednesday at 11?",
            ),
            (
                INTERVIEW,
                "Re: Final interview",
                "Hi {name}, perfect - Wednesday at 11 it is. I'll send a calendar invite with the Zoom link.",
                "Hi Patrick, Wednesday at 11 works well for me. Looking forward to it. {name}",
            ),
            (
                REJ,
                "Re: Content Strategist",
                "Hi {name},\n\nWe had a long talk as a team and decided to go in a "
                "different direction with this hire - more of an SEO specialist than an editor. That's on us for not "
                "writing the job ad more clearly. Thanks for your patience.",
                "Patrick, just checking in on the Content Strategist role. Thank you! {name}",
            ),
            (
                TEST,
                "Edit test",
                "Hi {name},\n\nAttached is a 1,500-word draft. Please edit it as you would for "
                "publication and send it back within 48 hours. We'll pay £100 for your time.",
            ),
            (
                OTHER,
                "Re: Pitch - remote work piece",
                "Hi {name}, we'd like to commission this for the July issue. 1,200 words, £300. Deadline 14 June.",
                "Hi Patrick, I'd like to pitch a piece on remote work in regional newsrooms. {name}",
            ),
            (
                REJ,
                "Re: Sub-editor",
                "Hi {name}, we decided to go with someone with more print production experience. "
                "Good luck with everything.",
            ),
            (
                OFFER,
                "Re: Commissioning Editor",
                "Hi {name},\n\nDelighted to say we'd like to offer you the "
                "Commissioning Editor job. HR will send the contract; salary is £42,000 as discussed.",
                "Hi Patrick, thanks for the call. Any news on the commissioning editor role? {name}",
            ),
        ],
    )
)

W.append(
    Writer(
        "smallbiz-owners",
        "report",
        "person",
        "owner@fennickaccounting.example.com",
        "Ruth Fennick, CPA\nFennick & Associates",
        messages=[
            (
                REJ,
                "Bookkeeper position",
                "Hi {name},\n\nThank you for interviewing for the bookkeeper position. We "
                "decided on someone who has run payroll in QuickBooks for several years. I wish you the best.",
            ),
            (
                REJ,
                "Re: Tax season help",
                "Hi {name}, thanks for reaching out - we're fully staffed for this tax "
                "season, so I don't have anything for you right now.",
                "Hi Ruth, are you hiring seasonal help for tax season? I have two years of preparer experience. {name}",
            ),
            (
                INTERVIEW,
                "Interview",
                "Hi {name},\n\nCould you come in on Monday at 4 to talk about the admin position?",
            ),
            (
                OTHER,
                "Your 2018 return",
                "Hi {name},\n\nYour return has been e-filed and accepted. Your refund should arrive within 21 days.",
            ),
            (
                REJ,
                "Admin position",
                "Hi {name},\n\nThanks for coming in. I've offered the job to another applicant. "
                "Good luck with your search.",
            ),
            (
                OFFER,
                "Job offer",
                "Hi {name},\n\nI'd like to offer you the seasonal preparer position at $25 per hour "
                "from January 15 to April 15.",
            ),
        ],
    )
)

W.append(
    Writer(
        "boutique-tech-headhunter",
        "tune",
        "agency",
        "jess@foxgloveplacements.example.com",
        "Jess Whitmore\nFounder, Foxglove Placements\nLondon | Product & Engineering",
        "Foxglove Placements Ltd. You're receiving this because we've worked together. Not looking any more? Reply "
        "and we'll update your preferences.",
        messages=[
            (
                REJ,
                "Product Manager @ Tallyhoe",
                "Hi {name},\n\nI've just had the debrief from Tallyhoe. They loved "
                "your product sense but have gone with someone who's shipped B2B payments before - they felt it was "
                "the "
                "one gap they couldn't cover. Gutted for you. Let's grab a coffee next week and work out where to go "
                "next together.",
            ),
            (
                REJ,
                "Re: Lead Engineer - any news?",
                "Hi {name}, sorry for the delay - the CTO decided to promote "
                "from within the team in the end, so the process has stopped for all external candidates. Not a "
                "reflection on you at all. I've got two other leadership roles I'd love to talk to you about.",
                "Hi Jess, it's been two weeks since the final round - any news from them? Thanks, {name}",
            ),
            (
                OUT,
                "Head of Product - Series B climate startup",
                "Hi {name},\n\nHope you're well! I'm working with a "
                "Series B climate-tech business looking for a Head of Product, London-based with two days in the "
                "office. Given your marketplace background I thought of you straight away. Fancy a chat?",
            ),
            (
                INTERVIEW,
                "Tallyhoe - final round confirmed",
                "Hi {name},\n\nYou're confirmed for the final round at "
                "Tallyhoe on Thursday from 1pm: a product case with the CPO, then a chat with the CEO. Call me after!",
            ),
            (
                REJ,
                "Quick update on Brightfold",
                "Hi {name},\n\nBrightfold reviewed the shortlist and you're not going "
                "through to first interviews this time - they've narrowed it to people with fintech compliance "
                "backgrounds. I'll keep pushing for you elsewhere.",
            ),
            (
                OFFER,
                "!!!",
                "Hi {name},\n\nNorthwick want you! Verbal offer of £95k plus options for the Senior PM "
                "role. Written offer coming tomorrow. Ring me!",
            ),
            (
                OTHER,
                "Our summer drinks",
                "Hi {name},\n\nWe're having a little summer drinks get-together for "
                "candidates and clients on 18 July in Shoreditch. Would be lovely to see you there.",
            ),
        ],
    )
)

W.append(
    Writer(
        "shiftpick-hourly-app",
        "report",
        "board",
        "hello@shiftpick.example.com",
        dress="html",
        board=(
            "ShiftPick",
            (
                "Barista - Bean Theory - Portland, OR - $17/hr + tips - Apply in 1 minute",
                "Cashier - Green Basket Co-op - Portland, OR - Flexible hours",
                "Dishwasher - The Salt Room - Portland, OR - Hiring now",
            ),
            "Get ShiftPick on your phone: App Store | Google Play\n\nShiftPick Inc., 1 Market St, San Francisco, "
            "CA. Unsubscribe from these emails.",
        ),
        messages=[
            (
                REJ,
                "An update on Bean Theory",
                "Barista - Bean Theory\n\nBean Theory has hired for this role. Don't "
                "stop now, other cafes near you are hiring.",
            ),
            (
                REJ,
                "Update: Line Cook at The Salt Room",
                "Line Cook - The Salt Room\n\nThe manager reviewed your profile and passed on your application.",
            ),
            (
                INTERVIEW,
                "Green Basket Co-op wants to meet you",
                "Cashier - Green Basket Co-op\n\nThe hiring manager "
                "invited you to an interview on Friday at 11am. Tap to confirm.",
            ),
            (
                ACK,
                "Your application was sent to The Salt Room",
                "Dishwasher - The Salt Room\n\nWe sent your application. Managers usually reply within 2 days.",
            ),
            (
                OTHER,
                "Complete your availability",
                "Tell managers when you can work so ShiftPick can match you with the right shifts.",
            ),
            (REJ, "Your ShiftPick application", "Host - Rosewater Bistro\n\nStatus: Not selected"),
        ],
    )
)


def _board_html(board: str, recos: tuple[str, ...], app: str, subject: str, body: str) -> str:
    """A job board's HTML: the board's bar, the status card, a list of recommended jobs with buttons, the footer."""
    card = "".join(
        f'<p style="margin:0 0 10px 0;font:15px/21px Arial,sans-serif;color:#2d2d2d">{p.replace(chr(10), "<br>")}</p>'
        for p in body.split("\n\n")
    )
    jobs = "".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee"><a href="https://{board.lower()}.example/'
        f'job/{i}" style="font-weight:bold;color:#164081">{r.split(" - ")[0]}</a><br><span style="color:#595959">'
        f'{" - ".join(r.split(" - ")[1:])}</span></td><td align="right"><a href="https://{board.lower()}.example/'
        f'apply/{i}" style="background:#2557a7;color:#fff;padding:8px 14px;border-radius:6px">Apply now</a>'
        f"</td></tr>"
        for i, r in enumerate(recos)
    )
    small = "".join(f'<p style="margin:0 0 8px 0">{p.replace(chr(10), "<br>")}</p>' for p in app.split("\n\n"))
    return (
        '<html><head><meta name="viewport" content="width=device-width"></head><body style="margin:0;'
        'background:#f3f2f1"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        f'<table width="600" style="background:#fff"><tr><td style="padding:16px 24px;background:#2557a7;'
        f'color:#fff;font:bold 20px Arial">{board}</td></tr><tr><td style="padding:24px">'
        f'<h2 style="font:bold 18px Arial;margin:0 0 12px 0">{subject}</h2>{card}</td></tr>'
        '<tr><td style="padding:0 24px"><h3 style="font:bold 16px Arial">Jobs you might like</h3><table '
        f'width="100%">{jobs}</table><p><a href="https://{board.lower()}.example/jobs">See more jobs</a></p>'
        '</td></tr><tr><td style="padding:24px;font:11px/15px Arial;color:#767676;background:#faf9f8">'
        f"{small}</td></tr></table></td></tr></table></body></html>"
    )


def _board_text(board: str, recos: tuple[str, ...], app: str, body: str) -> str:
    """The same mail's text part, as a mail client that keeps only text shows it."""
    listing = "\n".join(f"{r}\nApply now: https://{board.lower()}.example/apply/{i}" for i, r in enumerate(recos))
    return f"{board}\n\n{body}\n\nJobs you might like\n\n{listing}\n\nSee more jobs\n\n{app}"


def _letter_html(body: str, footer: str) -> str:
    """A person's or an office's HTML mail: paragraphs in a plain table, the small print below."""
    paras = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
    small = "".join(f'<p style="font-size:11px;color:#777">{p}</p>' for p in footer.split("\n\n") if p)
    return (
        f'<html><body><table width="640"><tr><td style="font:14px Calibri,Arial">{paras}</td></tr><tr><td>'
        f"{small}</td></tr></table></body></html>"
    )


def _quoted(earlier: str, name: str, n: int) -> str:
    """The earlier mail below a reply, as a mail client quotes it."""
    if earlier.startswith("On "):
        head, _, rest = earlier.partition("\n")
        return f"\n\n{head}\n{rest}"
    day = ("Mon, 3 Jun 2019", "Tue, 14 Aug 2018", "Thu, 9 Nov 2017", "Wed, 21 Apr 2021")[n % 4]
    lines = "\n".join("> " + line for line in earlier.splitlines())
    return f"\n\nOn {day} at 09:4{n % 10}, {name} <{name.lower()}.{n % 97}@mail.example.com> wrote:\n{lines}"


def messages() -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "sender", "html"}."""
    out = []
    n = 0
    for w in W:
        for i, (label, subject, body, *quote) in enumerate(w.messages):
            name = NAMES[n % len(NAMES)]
            n += 1
            subject = subject.format(name=name)
            text = body.format(name=name)
            html = w.dress == "html" or (w.dress == "mixed" and i % 2 == 0)
            if w.kind == "board":
                board, recos, app = w.board
                app = app.format(name=name)
                shown = recos if label != OTHER or i % 2 else recos[:2]
                text = _board_html(board, shown, app, subject, text) if html else _board_text(board, shown, app, text)
            else:
                text = f"{text}\n\n{w.sign}" if w.sign else text
                if quote:
                    text += _quoted(quote[0].format(name=name), name, n)
                if html:
                    text = _letter_html(text, w.footer)
                elif w.footer:
                    text += "\n\n--\n" + w.footer
            out.append(
                {
                    "writer": w.key,
                    "half": w.half,
                    "label": label,
                    "subject": subject,
                    "body": text,
                    "sender": w.sender,
                    "html": html,
                }
            )
    return out
