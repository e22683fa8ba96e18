"""A job seeker's own inbox, fourth set: the non-job mail that fills it in 2016-2022 and the job mail among it
(issue #15, thirteenth session, written for this project on 2026-12-07 before any change it measures; never real
mail).

About three in four messages are `other`, from senders and in shapes the earlier sets (bench/personal_mail.py,
student_mail.py, platform_mail.py, around_mail.py, en_everyday_set.py) do not have: a professional network's
notifications about the reader's network and other people's jobs (profile views, search appearances, "say
congrats on the new role", skill endorsements, a "see how you compare with other applicants" upsell), job-board
digests and saved-search alerts laid out as lists, virtual career fairs and interview webinars, resume reviews
and course upsells, a university's career-services newsletter and placement-cell circulars, MOOC certificates,
quizzes and "assessments", decisions about a loan, a credit card, a rental flat and a bootcamp place, shops and
deliveries, streaming subscriptions, trains and flights, clinic and vaccination appointments, tax and passport
forms, a cricket club, a residents' association, friends and family (who ask how the interview went). The rest is
the same reader's real job mail: recruiters' messages through the network, applicant-tracking acknowledgements,
interview invitations, online tests, rejections and offers. Voices: Indian English (placement cells, banks,
railways, tax portals), American and British notification copy, terse machine lines, family WhatsApp-style
notes.

Split by writer: the "tune" writers may be read while the classifier is changed; the "report" writers are
measured only at the start and at the end of a piece of work, and their mistakes are not printed.
`messages()` yields the dressed messages and `raw_messages(half)` the same as RFC 822 bytes, the bulk senders'
with the list headers they come with; `bench/mail_en_inbox4.py` measures them as written and lemmatised.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import en_letters
from en_letters import Dress, Writer, letters

ACK, OTHER, INTERVIEW, OFFER, TEST, OUT, REJ = (
    "application_ack", "other", "interview", "offer", "assessment", "recruiter_outreach", "rejection")
NAMES = ("Arjun", "Meenakshi", "Tobias", "Kavya", "Rohan", "Shreya", "Daniel", "Priyanka", "Imran", "Lakshmi",
         "Owen", "Sneha")
HALVES = ("tune", "report")
W: list[Writer] = []
# Senders whose mail comes with list headers (List-Unsubscribe, Precedence: bulk) in raw_messages().
BULK: set[str] = set()


def bulk(writer: Writer) -> Writer:
    BULK.add(writer.key)
    return writer


# ================================================================================================= tune writers
W.append(bulk(Writer(
    "linkhive-network", "tune", "notifications@linkhive.example.com", "",
    "You are receiving LinkHive notification emails. Unsubscribe | Help\nLinkHive Corporation, 500 Market St, "
    "San Francisco",
    dress="html",
    messages=[
        (OTHER, "{name}, you appeared in 23 searches this week", "{name}, you appeared in 23 searches this "
         "week\n\nSearchers found you through: Data Analyst, SQL, Power BI\n\nSearchers work at: Infosys, Deloitte, "
         "Razorpay\n\nSee all searches"),
        (OTHER, "Nikhil Kulkarni and 4 others viewed your profile", "Hi {name},\n\nYour profile is getting "
         "noticed.\n\nNikhil Kulkarni - Talent Partner at Brightlane\nA hiring manager in Bengaluru\nA "
         "recruiter in Pune\n\nSee who viewed your profile with a free month of Premium."),
        (OTHER, "Congratulate Sunita Rao on her new job", "Sunita Rao started a new position as Product Lead at "
         "Finwise\n\nSay congrats\n\nAlso in your network: Aman Gill started a new position as Senior Engineer at "
         "Kovai Labs."),
        (OTHER, "Karthik Iyer endorsed you for SQL", "Hi {name},\n\nKarthik Iyer endorsed you for SQL. Your skills "
         "now have 31 endorsements.\n\nEndorse Karthik back for Tableau?"),
        (OTHER, "People are looking at your application", "Hi {name},\n\nYour application to Business Analyst "
         "at Meridia is one of 212. See how you compare with other applicants, and which skills the top "
         "applicants have, with Premium Career.\n\nTry Premium free for 1 month"),
        (OTHER, "You have 3 new invitations", "Hi {name},\n\nPending invitations:\nRitu Sharma, HR Business "
         "Partner\nVikram Das, Co-founder at Tallyo\nMaya Chen, Recruiter\n\nAccept or ignore them."),
        (OTHER, "Your post is getting attention", "{name}, 48 people reacted to your post \"Happy to share that I "
         "completed my Google Data Analytics certificate\".\n\nView the reactions."),
    ])))

W.append(Writer(
    "linkhive-inmail-talent", "tune", "inmail-hit-reply@linkhive.example.com", "",
    "Reply to Deepa on LinkHive. You're receiving InMail messages.",
    messages=[
        (OUT, "Opportunity: Senior Data Analyst at Zestmoney", "Hi {name},\n\nI came across your profile and your "
         "Power BI work stood out. I'm hiring a Senior Data Analyst for our lending team in Bengaluru, hybrid. "
         "Would you be open to a quick call this week to hear more?\n\nDeepa Menon\nTalent Acquisition, Zestmoney"),
        (INTERVIEW, "Re: Opportunity: Senior Data Analyst at Zestmoney", "Hi {name},\n\nThanks for your CV! The "
         "hiring manager would like to speak with you. Can you do a 45 minute video interview on Thursday 14 "
         "October at 11am IST? I'll send the Teams link once you confirm.\n\nDeepa"),
        (REJ, "Re: Opportunity: Senior Data Analyst at Zestmoney", "Hi {name},\n\nI wanted to close the loop. The "
         "panel enjoyed speaking with you but has decided to go ahead with a candidate who has more credit-risk "
         "experience. I'll keep you in mind for analytics roles that come up.\n\nDeepa"),
    ]))

W.append(bulk(Writer(
    "jobroll-alerts", "tune", "alerts@jobroll.example.in", "",
    "You created this alert on JobRoll. Manage alerts | Unsubscribe\nView this email in your browser",
    messages=[
        (OTHER, "14 new jobs for 'data analyst' in Pune", "Jobs matching your saved search\n\nData Analyst - "
         "Persistent Systems - Pune - 2-5 yrs\nApply now\n\nJunior Data Analyst - Cognizant - Pune - 0-2 yrs\nEasy "
         "apply\n\nMIS Analyst - Bajaj Finserv - Pune - 3-6 yrs\nApply now\n\nSee all 14 jobs"),
        (OTHER, "Jobs closing soon - apply before Friday", "{name}, these roles stop taking applications this "
         "week:\n\n1. Reporting Analyst, Wipro, Hyderabad\n2. BI Developer, Mphasis, Pune\n3. Data Engineer, "
         "Tiger Analytics, Chennai\n\nDon't miss out - apply in one click with your JobRoll profile."),
        (OTHER, "Recruiters are searching for candidates like you", "Hi {name},\n\n6 recruiters searched for "
         "profiles with your skills this week. Update your resume headline to appear higher in their "
         "results.\n\nUpdate profile"),
        (OTHER, "Your JobRoll profile is 60% complete", "Complete your profile to get 3x more recruiter "
         "calls.\n\nAdd: key skills, current CTC, notice period."),
        (OTHER, "Your weekly job digest", "Top picks for you\n\nAnalytics Consultant | EXL | Noida | 12-18 LPA\n"
         "Data Analyst II | Swiggy | Bengaluru | Not disclosed\nProduct Analyst | Meesho | Remote | 15-22 LPA\n\n"
         "Based on your recent searches"),
        (OTHER, "Application status: viewed by recruiter", "{name}, the recruiter for MIS Executive at Tata "
         "AIG viewed your application yesterday. Boost your application to appear on top - Rs 499 only."),
    ])))

W.append(bulk(Writer(
    "techexpo-virtual", "tune", "events@techcareerexpo.example.com", "The TechCareer Expo team",
    "You registered for a TechCareer Expo event. Unsubscribe from event emails.",
    dress="html",
    messages=[
        (OTHER, "Register now: Virtual Tech Career Fair, 18 September", "Hi {name},\n\nMore than 40 employers "
         "will be hiring live at our Virtual Tech Career Fair on 18 September, 10am-4pm. Chat with recruiters, "
         "join booth talks and drop your resume in one place.\n\nReserve your free spot"),
        (OTHER, "Your ticket: Virtual Tech Career Fair", "Hi {name},\n\nYou're registered! Your ticket number is "
         "TCE-20-58113. On the day, log in with this email address. Tip: upload your resume before the fair so "
         "recruiters can find you."),
        (OTHER, "Booths are open - 40 employers are waiting", "The fair is live! Visit booths, join the queue to "
         "talk with recruiters, and attend the 'How to stand out in a video interview' session at 1pm."),
        (OTHER, "Thanks for attending - recordings inside", "Hi {name},\n\nThank you for attending. Recordings "
         "of every booth talk are now available for 30 days. Employers may contact attendees directly through "
         "the platform."),
        (OTHER, "Last call: Product Management Career Night", "Seats are almost gone for Thursday's Product "
         "Management Career Night. Hear hiring managers from three startups explain what they look for in a "
         "PM interview."),
    ])))

W.append(bulk(Writer(
    "resumelift", "tune", "hello@resumelift.example.com", "Jenna at ResumeLift",
    "ResumeLift Inc. You signed up for a free resume review. Unsubscribe",
    messages=[
        (OTHER, "Your resume scored 54/100", "Hi {name},\n\nOur review of your resume is ready. Score: 54/100. "
         "Recruiters' software may reject it because of: tables in the header, missing keywords, no "
         "measurable results.\n\nGet a professional rewrite and land more interviews."),
        (OTHER, "Recruiters spend 7 seconds on a resume", "{name}, hiring managers decide in seconds. Our writers "
         "have helped 12,000 job seekers get shortlisted. 40% off a rewrite until Sunday."),
        (OTHER, "Your order #RL-20931: writer assigned", "Hi {name},\n\nThank you for your order. Your writer, "
         "Marcus, will send the first draft of your resume and cover letter within 3 business days. Please "
         "upload the job description you are targeting."),
        (OTHER, "Your first draft is ready", "Hi {name},\n\nYour new resume draft is ready for review in your "
         "dashboard. You have two free revisions."),
        (OTHER, "Did your new resume get you interviews?", "Hi {name},\n\nIt has been a month since we delivered "
         "your resume. We'd love to hear whether it helped in your job search. Leave a review and get a free "
         "LinkedIn profile makeover."),
    ])))

W.append(bulk(Writer(
    "univ-career-cell", "tune", "placement.cell@vnit-campus.example.ac.in",
    "Training and Placement Cell", "This is a circular to all final-year and alumni subscribers. Do not reply.",
    messages=[
        (OTHER, "Circular: Placement drive registrations for batch 2018", "Dear Students,\n\nRegistrations for "
         "the campus placement season are open on the T&P portal till 25 July. Students with active backlogs "
         "are not eligible. Companies visiting in August include TCS, Accenture and L&T Infotech."),
        (OTHER, "Career Connect newsletter - March", "Dear Alumni,\n\nIn this issue: a talk on switching careers "
         "into data science, five alumni who started companies, and the mock interview week for final-year "
         "students. Alumni can volunteer as interviewers."),
        (OTHER, "Mock interviews: volunteers needed", "Dear {name},\n\nAs an alumnus you are invited to take mock "
         "interviews of our final-year students on 12 February, online. Each session lasts 20 minutes. Please "
         "fill the form if you can help."),
        (OTHER, "Shortlisted students for Accenture aptitude test", "Dear Students,\n\nThe list of students "
         "shortlisted by Accenture for the online aptitude test on 3 August is attached. Students on the list "
         "must report to the lab by 9 am with their ID cards."),
        (OTHER, "Alumni job board: new postings", "Dear Alumni,\n\nNew openings shared by alumni this month are on "
         "the alumni portal: Software Engineer at an Infosys unit, Analyst at Nomura, Teaching Assistant at the "
         "institute."),
    ])))

W.append(bulk(Writer(
    "coursewise-mooc", "tune", "no-reply@coursewise.example.org", "",
    "Coursewise, 381 E Evelyn Ave, Mountain View. Update your email preferences.",
    dress="html",
    messages=[
        (OTHER, "Congratulations, {name}! You earned your certificate", "Congratulations, {name}!\n\nYou have "
         "completed Machine Learning Foundations and earned your certificate. Add it to your LinkHive profile to "
         "show employers your new skills."),
        (OTHER, "Week 3 graded assessment due Sunday", "Hi {name},\n\nYour graded assessment for Week 3: "
         "Regression is due Sunday at 11:59 PM PDT. You need 80% to pass. You have 3 attempts every 8 hours."),
        (OTHER, "You passed the peer-graded assignment", "Hi {name},\n\nYour classmates have reviewed your "
         "assignment 'Build a churn model'. Score: 9/10. You passed!"),
        (OTHER, "Your financial aid application was approved", "Hi {name},\n\nGood news: your application for "
         "financial aid for the Data Science Specialization has been approved. You can now enroll in all courses "
         "free of charge."),
        (OTHER, "Offer: 7-day free trial of the Professional Certificate", "Hi {name},\n\nStart a career in IT "
         "support in under 6 months. Learners get access to a job board with employers hiring certificate "
         "graduates. Start your 7-day free trial today."),
        (OTHER, "We miss you in Python for Everybody", "Hi {name},\n\nYou're 40% through the course. Pick up "
         "where you left off - the next quiz is on loops."),
    ])))

W.append(Writer(
    "kotaria-bank-loans", "tune", "loans@kotariabank.example.in", "Team Kotaria Bank",
    "This is a system generated mail. Please do not reply. Kotaria Bank never asks for your OTP or PIN.",
    messages=[
        (OTHER, "Your Personal Loan application is approved", "Dear {name},\n\nWe are happy to inform you that "
         "your Personal Loan application no. PL0921887 has been approved for Rs 3,00,000 at 11.25% p.a. The "
         "amount will be disbursed to your savings account within 2 working days."),
        (OTHER, "Personal Loan application: documents pending", "Dear {name},\n\nYour loan application is on "
         "hold as we have not received your last three salary slips and Form 16. Please upload them within 7 "
         "days to continue."),
        (OTHER, "Update on your Credit Card application", "Dear {name},\n\nThank you for applying for the Kotaria "
         "Platinum Credit Card. We regret that we are unable to approve your application at this time, as it "
         "does not meet our internal credit policy. You may reapply after 6 months."),
        (OTHER, "EMI due on 05-Nov", "Dear {name},\n\nYour EMI of Rs 6,552 for loan PL0921887 is due on 05-Nov. "
         "Please keep sufficient balance in your account."),
        (OTHER, "Pre-qualified offer just for you", "Dear {name},\n\nYou are pre-qualified for a top-up loan of "
         "up to Rs 2,00,000. No documents needed. Click to accept the offer."),
    ]))

W.append(bulk(Writer(
    "cartly-shop", "tune", "shipment-tracking@cartly.example.in", "",
    "You received this email because you placed an order on Cartly. Unsubscribe from promotional emails.",
    messages=[
        (OTHER, "Your order of Logitech M221 mouse has been shipped", "Hello {name},\n\nYour package is on the "
         "way. Arriving Thursday. Track your package."),
        (OTHER, "Out for delivery: 1 item", "Your package will be delivered today by 8 pm. Share OTP 4412 with "
         "the delivery agent."),
        (OTHER, "Rate your purchase: formal shirt", "Hi {name},\n\nHow do you like your formal shirt? Your review "
         "helps other shoppers."),
        (OTHER, "Refund initiated for order 408-2219", "Hello {name},\n\nWe have initiated a refund of Rs 1,299 "
         "for your returned item. It will reach your account in 5-7 business days."),
        (OTHER, "Great Indian sale: interview-ready formals from Rs 499", "Dress for success! Blazers, shirts and "
         "trousers for your next interview, up to 70% off. Sale ends midnight."),
    ])))

W.append(bulk(Writer(
    "streambox", "tune", "info@mailer.streambox.example.com", "",
    "Questions? Visit the Help Centre. StreamBox Entertainment. Unsubscribe",
    dress="html",
    messages=[
        (OTHER, "Your membership will renew on 12 March", "Hi {name},\n\nJust a reminder that your Standard plan "
         "renews on 12 March for Rs 499."),
        (OTHER, "Update your payment details", "Hi {name},\n\nWe couldn't process your last payment. Please update "
         "your payment method to keep watching."),
        (OTHER, "New this week: The Interview Room", "New arrivals for you: The Interview Room (a thriller about "
         "a hiring panel that goes wrong), Office Hours season 2, and a stand-up special."),
        (OTHER, "Someone signed in to your account", "A new device signed in to your StreamBox account from "
         "Mumbai. If this was you, you don't need to do anything."),
    ])))

W.append(Writer(
    "railbook-irc", "tune", "ticketadmin@railbook.example.in", "",
    "This is an auto-generated mail. Do not reply.",
    dress="oneline",
    messages=[
        (OTHER, "Booking Confirmation on RailBook, PNR 4512889013", "Dear {name}, Your ticket is booked. PNR: "
         "4512889013 Train: 12127 Intercity Exp From: PUNE JN To: MUMBAI CSMT Date of Journey: 21-Jan-2019 "
         "Class: 2S Status: CNF/D4/45"),
        (OTHER, "Cancellation of PNR 4512889013", "Dear {name}, Your ticket for PNR 4512889013 has been cancelled. "
         "Refund of Rs 90 will be credited within 3-4 days."),
        (OTHER, "Waitlist status changed: PNR 2210993341", "Dear {name}, Current status of your ticket: RAC 12. "
         "Chart not prepared."),
        (OTHER, "Your journey feedback", "Dear {name}, How was your journey on 12127? Rate cleanliness, "
         "punctuality and catering."),
    ]))

W.append(Writer(
    "carewell-clinic", "tune", "appointments@carewellclinics.example.in", "Carewell Clinics, Baner",
    "For emergencies call 108. This mailbox is not monitored.",
    messages=[
        (OTHER, "Your appointment is confirmed", "Dear {name},\n\nYour appointment with Dr. Anita Joshi "
         "(Dermatology) is confirmed for Saturday, 9 March at 11:30 AM. Please arrive 15 minutes early with your "
         "previous prescriptions."),
        (OTHER, "Reminder: appointment tomorrow", "Dear {name},\n\nThis is a reminder of your appointment "
         "tomorrow at 11:30 AM. Reply C to cancel."),
        (OTHER, "Your lab report is ready", "Dear {name},\n\nYour blood test report (Lipid profile, HbA1c) is "
         "ready. Download it from the patient app."),
        (OTHER, "COVID-19 vaccination slot booked", "Dear {name},\n\nYour first dose of Covishield is booked for "
         "14-May-2021 between 10:00 and 12:00 at Carewell Baner. Carry your photo ID."),
        (OTHER, "Pre-employment health check: your package", "Dear {name},\n\nThank you for booking the "
         "pre-employment health check package. Please come fasting for 10 hours. The report will be emailed to "
         "you and can be shared with your employer."),
    ]))

W.append(Writer(
    "taxportal", "tune", "donotreply@incometax-efiling.example.gov.in", "Income Tax e-Filing",
    "This is a system generated e-mail. Please do not reply.",
    messages=[
        (OTHER, "ITR-V acknowledgement for AY 2019-20", "Dear {name},\n\nYour Income Tax Return for Assessment "
         "Year 2019-20 has been uploaded successfully. The acknowledgement number is 238719830280719. Please "
         "e-verify your return within 120 days."),
        (OTHER, "Return processed: intimation u/s 143(1)", "Dear Taxpayer,\n\nYour return for AY 2019-20 has been "
         "processed. A refund of Rs 8,420 has been determined. The intimation is attached; its password is your "
         "PAN in lower case followed by your date of birth."),
        (OTHER, "Your e-verification is successful", "Dear {name},\n\nYour return has been successfully verified "
         "using Aadhaar OTP. No further action is required."),
        (OTHER, "Form 26AS updated", "Dear Taxpayer,\n\nTax deducted by your employer for Q3 has been updated in "
         "Form 26AS. You can view it on the portal."),
    ]))

W.append(Writer(
    "kingsway-cricket", "tune", "secretary@kingswaycc.example.org", "Harish\nHon. Secretary, Kingsway CC", "",
    messages=[
        (OTHER, "Selection for Sunday vs Aundh Strikers", "Hi all,\n\nThe team for Sunday is below. {name}, you're "
         "opening with Sameer. Reporting time 7:30 am at the ground. Unavailable? Tell me by Friday."),
        (OTHER, "Nets moved to Wednesday", "Hi all,\n\nNets are moved to Wednesday 7 pm this week because the "
         "ground is booked. Bring your own balls."),
        (OTHER, "Annual fees and kit order", "Hi {name},\n\nAnnual fees of Rs 3,000 are due this month. Kit "
         "orders close on the 20th; send your sizes."),
        (OTHER, "Trials for the corporate league team", "Hi all,\n\nWe are entering a side in the corporate T20 "
         "league. Trials on Saturday; the captain will pick 15. Everyone is welcome to try out."),
    ]))

W.append(Writer(
    "friend-sameer", "tune", "sameer.k88@gmail.example.com", "Sameer", "",
    dress="quote",
    messages=[
        (OTHER, "how did it go??", "Hey {name}\n\nHow did the interview go yesterday? Did they ask the SQL "
         "questions I told you about? Call me when you're free"),
        (OTHER, "Re: referral", "bro I've put your name in our referral portal for the analyst role, you should "
         "get a mail from HR. fingers crossed"),
        (OTHER, "Goa plan", "So we're doing Goa in December? Rohit found a villa for 4 nights. Need to book by "
         "Sunday so tell me yes/no"),
        (OTHER, "got the job!!", "Dude I finally got the offer from Thoughtline! Joining on 1st. Party on "
         "Saturday, you're coming"),
        (OTHER, "old notes", "Found my GATE notes while cleaning, do you still want them? Can drop them at your "
         "place"),
    ]))

W.append(Writer(
    "family-amma", "tune", "amma.vaidya@yahoo.example.co.in", "Amma", "",
    messages=[
        (OTHER, "Fwd: Govt jobs notification", "see this. your uncle sent. bank PO exam forms are out. apply "
         "na\n\n---------- Forwarded message ---------\nIBPS PO recruitment 2019 notification released, last date "
         "for online application 28 August"),
        (OTHER, "Diwali", "Come home on Thursday itself. Papa is booking the tickets. Bring the sweets from "
         "Chitale."),
        (OTHER, "call me", "Call me after your office. Any news from the company?"),
        (OTHER, "Photos", "Sending photos of Meena's engagement. Everyone asked about you."),
    ]))

W.append(bulk(Writer(
    "webinars-datacamp-like", "tune", "webinars@analyticsvidya.example.com", "Team AnalyticsVidya",
    "You are receiving this because you registered on AnalyticsVidya. Unsubscribe | View in browser",
    dress="html",
    messages=[
        (OTHER, "Live webinar: Crack the data science interview", "Hi {name},\n\nJoin our live webinar this "
         "Saturday at 7 PM IST: how interviewers at product companies assess case studies, SQL and "
         "statistics.\n\nRegister for free"),
        (OTHER, "Your registration is confirmed", "Hi {name},\n\nYou're registered for 'Crack the data science "
         "interview'. Add it to your calendar. The joining link will be sent one hour before."),
        (OTHER, "Recording: Crack the data science interview", "Hi {name},\n\nMissed the session? Watch the "
         "recording and download the slides. Bonus: 50 interview questions PDF."),
        (OTHER, "Hackathon results are out", "Hi {name},\n\nThe leaderboard for the Loan Default Prediction "
         "hackathon is final. You ranked 212 of 3,480. Top 3 get interviews with our hiring partners."),
        (OTHER, "Blackbelt program: last 20 seats", "Hi {name},\n\nGet job-ready with 1:1 mentorship and "
         "guaranteed interview calls. Enrollment closes Friday."),
    ])))

W.append(Writer(
    "flatfinder-rental", "tune", "no-reply@flatfinder.example.in", "FlatFinder",
    "FlatFinder Realty Pvt Ltd. Manage notifications.",
    messages=[
        (OTHER, "Update on your rental application", "Hi {name},\n\nThe owner of the 2BHK in Kothrud has reviewed "
         "your application. Unfortunately, they have decided to go ahead with another tenant. Here are 5 similar "
         "homes you may like."),
        (OTHER, "Your visit is scheduled", "Hi {name},\n\nYour visit to 1BHK, Wakad is scheduled for Sunday 11 "
         "AM. The owner's contact will be shared 1 hour before."),
        (OTHER, "Rental agreement ready to sign", "Hi {name},\n\nYour rental agreement is ready for e-signing. "
         "Stamp duty of Rs 500 has been paid."),
        (OTHER, "Congratulations! The owner accepted your offer", "Hi {name},\n\nThe owner accepted your offer "
         "of Rs 18,000 per month. Pay the token amount to block the flat."),
    ]))

W.append(Writer(
    "ats-nimbus-careers", "tune", "careers-noreply@nimbusanalytics.example.com", "Talent Acquisition Team\nNimbus "
    "Analytics",
    "Nimbus Analytics is an equal opportunity employer.",
    dress="html",
    messages=[
        (ACK, "Thank you for applying to Nimbus Analytics", "Dear {name},\n\nThank you for your interest in the "
         "Business Intelligence Analyst position (Req 4471). We have received your application and our team is "
         "reviewing it. If your profile matches, we will contact you for the next steps."),
        (TEST, "Nimbus Analytics - online assessment", "Dear {name},\n\nAs the next step for Business Intelligence "
         "Analyst, please complete our 60-minute online assessment (SQL and aptitude) within 5 days. Use the "
         "link below to begin. Make sure you have a stable internet connection."),
        (INTERVIEW, "Interview schedule - Business Intelligence Analyst", "Dear {name},\n\nCongratulations on "
         "clearing the assessment. Your technical interview is scheduled on 22 February at 3:00 PM IST over "
         "Zoom with our Analytics Manager. Please confirm your availability."),
        (OFFER, "Offer letter - Business Intelligence Analyst", "Dear {name},\n\nWe are delighted to offer you the "
         "position of Business Intelligence Analyst at Nimbus Analytics with an annual CTC of Rs 14,50,000. "
         "Please find the offer letter attached and confirm your acceptance by 5 March."),
    ]))

W.append(Writer(
    "agency-staffline", "tune", "priya.n@staffline-hr.example.in", "Priya Nair\nSenior Consultant, Staffline HR",
    "",
    messages=[
        (OUT, "Job opening - MIS Analyst - Pune - Immediate joiners", "Hi {name},\n\nGreetings from Staffline HR! "
         "We have an urgent opening for MIS Analyst with our client, a leading NBFC in Pune. Experience 2-4 "
         "years in Excel and SQL. If interested, please share your updated CV with current CTC, expected CTC and "
         "notice period."),
        (INTERVIEW, "Interview confirmation - MIS Analyst", "Hi {name},\n\nYour face-to-face interview is "
         "confirmed for Tuesday 10:30 AM at the client's office in Viman Nagar. Carry 2 copies of your resume and "
         "a photo ID. Ask for Mr. Shetty at the reception."),
        (REJ, "Feedback - MIS Analyst", "Hi {name},\n\nThe client has shared feedback after the interview. They "
         "will not be moving ahead with your profile as they need someone with hands-on VBA. I will reach out "
         "for other suitable openings."),
        (OTHER, "Staffline HR: walk-in drive this Saturday", "Dear Job Seekers,\n\nStaffline HR is conducting a "
         "walk-in drive for customer support roles this Saturday at our Shivajinagar office. Share with friends "
         "who are looking."),
    ]))

W.append(Writer(
    "ats-orbitel-greenhouse", "tune", "no-reply@orbitel.greenhouse-mail.example.io", "Orbitel Recruiting", "",
    messages=[
        (ACK, "Thanks for applying to Orbitel!", "Hi {name},\n\nThanks for applying for the Data Analyst, Growth "
         "role at Orbitel. Our team will review your application and get back to you if there's a fit."),
        (REJ, "Your application to Orbitel", "Hi {name},\n\nThank you for your interest in Orbitel. We've "
         "reviewed your application for Data Analyst, Growth and unfortunately we won't be moving forward at "
         "this time. We'll keep your details for future openings."),
        (ACK, "Application received - Analytics Engineer", "Hi {name},\n\nWe've received your application for "
         "Analytics Engineer. Due to high volume it may take up to two weeks to review."),
    ]))

W.append(Writer(
    "residents-assoc", "tune", "rwa.greenacres@gmail.example.com", "Secretary, Green Acres RWA",
    "Green Acres Residents' Welfare Association",
    messages=[
        (OTHER, "Water supply shutdown on Tuesday", "Dear Residents,\n\nThere will be no water supply on Tuesday "
         "from 10 am to 4 pm due to tank cleaning. Please store water."),
        (OTHER, "Maintenance charges for Q2", "Dear Residents,\n\nMaintenance charges for April-June are due by "
         "15 April. Flat B-504, {name}: Rs 4,500."),
        (OTHER, "Applications for committee members", "Dear Residents,\n\nWe invite applications from residents "
         "who wish to serve on the managing committee for 2020-21. Interested members may submit their names "
         "by 30 March. Selection will be by vote in the AGM."),
        (OTHER, "Ganesh festival volunteers", "Dear Residents,\n\nWe need volunteers for the Ganesh festival "
         "arrangements. Please reply with your name and flat number."),
    ]))

W.append(Writer(
    "ats-saffron-smartrec", "tune", "jobs-noreply@saffronretail.smartrecruiters-mail.example.com",
    "Saffron Retail Careers", "Saffron Retail values diversity. Please do not reply to this mailbox.",
    dress="html",
    messages=[
        (ACK, "We got your application, {name}", "Hello {name},\n\nThank you for applying for Category Analyst "
         "at Saffron Retail. Your application is with our hiring team. You'll hear from us within 15 working "
         "days."),
        (TEST, "Category Analyst - coding and case test", "Hello {name},\n\nYou're invited to take a 90-minute "
         "Excel and SQL test on CodeTrial for Category Analyst. The invite expires in 4 days. You may take it "
         "any time before then."),
        (INTERVIEW, "Round 2 with the Category Head", "Hello {name},\n\nThanks for completing the test. We'd "
         "like you to meet our Category Head, Mr. Bhosle, at the Lower Parel office on 9 December, 12 noon. "
         "Kindly reply with a confirmation."),
        (REJ, "Category Analyst - update", "Hello {name},\n\nThank you for meeting our team. After much thought "
         "we have chosen another candidate for this position. Your profile will stay in our database for six "
         "months."),
        (ACK, "Application received - Merchandise Planner", "Hello {name},\n\nThis is to confirm we have your "
         "application for Merchandise Planner (JR-3320)."),
    ]))

W.append(Writer(
    "headhunter-kestrel", "tune", "anil.m@kestrelsearch.example.in", "Anil Mehta\nPartner, Kestrel Search", "",
    messages=[
        (OUT, "Confidential - Head of Analytics mandate", "Dear {name},\n\nWe are retained by a listed insurer "
         "to find their Head of Analytics. Given your years at the NBFC, I thought you might be interested, or "
         "know someone who is. Can we talk on Tuesday?"),
        (INTERVIEW, "Meeting with the CDO - Tuesday", "Dear {name},\n\nThe Chief Data Officer would like to "
         "meet you on Tuesday at 5 pm at their BKC office. Allow 90 minutes. I'll brief you on Monday."),
        (REJ, "Head of Analytics - outcome", "Dear {name},\n\nI have heard back from the client. They have "
         "chosen the internal candidate for the Head of Analytics role. I am sorry; it was close, and they "
         "asked me to thank you for your time."),
        (OTHER, "Kestrel Search: salary survey 2020", "Dear {name},\n\nOur annual salary survey for analytics "
         "leaders in India is attached. I hope it is useful."),
    ]))

W.append(Writer(
    "psu-recruitment", "tune", "recruitment@bharatpower-psu.example.gov.in", "Recruitment Cell\nBharat Power "
    "Corporation Ltd", "This is a computer generated communication.",
    messages=[
        (ACK, "Registration acknowledgement - Advt. No. 03/2018", "Dear Candidate,\n\nYour online application "
         "for the post of Assistant Engineer (Advt. No. 03/2018) has been registered. Registration No. "
         "BP1803-22871. Fee received: Rs 500."),
        (TEST, "Admit card for Computer Based Test", "Dear Candidate,\n\nThe admit card for the Computer Based "
         "Test to be held on 18 November 2018 is available for download. Please report at the test centre one "
         "hour before the exam."),
        (INTERVIEW, "Call letter for personal interview", "Dear {name},\n\nYou have been shortlisted for the "
         "personal interview for the post of Assistant Engineer on 14 January 2019 at the Corporate Office, "
         "New Delhi. Bring your original certificates for verification."),
        (REJ, "Final result - Advt. No. 03/2018", "Dear Candidate,\n\nThe final result for the post of "
         "Assistant Engineer has been declared. We regret to inform you that you have not been selected. "
         "Thank you for your participation."),
    ]))

W.append(Writer(
    "insurer-sureshield", "tune", "service@sureshield-insurance.example.in", "SureShield General Insurance",
    "Visit the customer portal for policy documents. Do not reply to this email.",
    messages=[
        (OTHER, "Your policy is renewed", "Dear {name},\n\nYour two-wheeler policy no. 2311/88192 has been "
         "renewed till 14-Aug-2021. The policy schedule is attached."),
        (OTHER, "Claim registered: 88192/C/01", "Dear {name},\n\nYour claim has been registered. A surveyor "
         "will call you within 24 hours to inspect the vehicle."),
        (OTHER, "Claim decision", "Dear {name},\n\nAfter assessment of your claim, we regret that it cannot be "
         "approved as the damage is not covered under the policy terms. You may request a review within 30 "
         "days."),
        (OTHER, "Health cover for your family", "Dear {name},\n\nProtect your family with a Rs 10 lakh health "
         "cover from Rs 699 a month. Get a quote in 2 minutes."),
    ]))

W.append(bulk(Writer(
    "yoga-studio", "tune", "hello@prana-studio.example.com", "Team Prana",
    "Prana Yoga Studio, Koregaon Park. Unsubscribe from our newsletter.",
    messages=[
        (OTHER, "Your class pack is expiring", "Hi {name},\n\nYou have 2 classes left on your 10-class pack, "
         "which expires on 30 June."),
        (OTHER, "Booking confirmed: Vinyasa, Tue 7am", "Hi {name},\n\nYou're booked into Vinyasa Flow with "
         "Radhika on Tuesday at 7am. Cancel up to 12 hours before."),
        (OTHER, "We're hiring yoga teachers!", "Hi everyone,\n\nPrana is growing and we're looking for two "
         "certified teachers for weekend batches. Know someone? Send them our way."),
        (OTHER, "Online classes from Monday", "Hi {name},\n\nDue to the lockdown all classes move online from "
         "Monday. The Zoom link is in your booking confirmation."),
    ])))

W.append(Writer(
    "ats-brightlane-ashby", "tune", "no-reply@brightlane.ashby-mail.example.com", "The Brightlane team", "",
    messages=[
        (ACK, "Brightlane: application received", "Hi {name},\n\nThanks for applying to be a Product Analyst at "
         "Brightlane! A real person reads every application, so it can take us a week or two to respond."),
        (INTERVIEW, "Brightlane: intro call with Neha", "Hi {name},\n\nNeha from our People team would love to "
         "have a 20-minute intro call about the Product Analyst role. Grab a time on her calendar that suits "
         "you."),
        (TEST, "Brightlane: take-home exercise", "Hi {name},\n\nNext up is a take-home exercise: a small "
         "dataset and three questions about activation. Please spend no more than 3 hours and send your answers "
         "within a week."),
        (REJ, "Brightlane: Product Analyst", "Hi {name},\n\nThanks so much for the work you put into the "
         "exercise. We've decided to move ahead with other candidates for this role, and we wanted you to hear "
         "it from us promptly."),
    ]))

W.append(Writer(
    "power-utility", "tune", "ebill@mahapower-discom.example.in", "MahaPower Customer Care",
    "This is an auto-generated email. Do not reply.",
    messages=[
        (OTHER, "Electricity bill for consumer no. 170019228", "Dear Consumer,\n\nYour bill for the month of "
         "May is Rs 1,840. Due date: 21-06-2020. Pay online to get a 1% prompt payment discount."),
        (OTHER, "Payment received", "Dear {name},\n\nWe have received your payment of Rs 1,840. Transaction ID "
         "MP20061199."),
        (OTHER, "Your application for a new connection", "Dear {name},\n\nYour application for a new LT "
         "connection (no. NC-44120) has been approved. The meter will be installed within 7 working days."),
        (OTHER, "Planned outage in your area", "Dear Consumer,\n\nPower supply will be interrupted on Sunday "
         "from 9 am to 1 pm for maintenance work."),
    ]))

# =============================================================================================== report writers
W.append(bulk(Writer(
    "proflink-network", "report", "messages-noreply@proflink-mail.example.com", "",
    "This email was intended for {name}. Learn why we included this. Unsubscribe\nProfLink Ltd., Dublin 2",
    dress="html",
    messages=[
        (OTHER, "Your profile was found 41 times this week", "{name}, your profile was found 41 times this week, "
         "up 12%.\n\nYou were found by people from Accenture, Amazon and 6 other companies.\n\nSee your search "
         "stats"),
        (OTHER, "Wish Farah Siddiqui a happy work anniversary", "Farah Siddiqui is celebrating 5 years at "
         "Capgemini.\n\nSend a message\n\nAlso: Joseph Mathew has a new job - Engineering Manager at "
         "Freshline."),
        (OTHER, "Ananya Rao has endorsed you!", "Hi {name},\n\nAnanya Rao has endorsed you for Data "
         "Visualization. Keep your skills up to date to get found by recruiters."),
        (OTHER, "You're a top applicant for 4 jobs", "{name}, based on your profile you're a top applicant for "
         "these jobs:\n\nAnalytics Lead - Flipside - Bengaluru\nData Analyst - PayNest - Remote\n\nUnlock "
         "applicant insights with Premium."),
        (OTHER, "Rahul Bose mentioned you in a comment", "Rahul Bose mentioned you: \"{name} gave a great talk "
         "on dashboards at the meetup\". Reply to the comment."),
        (OTHER, "Jobs at companies you follow", "New jobs at companies you follow:\n\nHDFC Bank - Risk Analyst - "
         "Mumbai\nFreshline - Data Scientist - Chennai\n\nSee all jobs"),
    ])))

W.append(Writer(
    "proflink-recruiter-dm", "report", "inmail-hit-reply@proflink-mail.example.com", "",
    "You received this message through ProfLink Recruiter.",
    messages=[
        (OUT, "Analytics role at Quillpay - open to a chat?", "Hi {name},\n\nI'm Sarah, a recruiter at Quillpay. "
         "Your experience with Tableau and payments data looks like a great fit for our Analytics Lead role in "
         "Gurgaon. Are you open to exploring it?\n\nSarah Thomas"),
        (INTERVIEW, "Re: Analytics role at Quillpay - open to a chat?", "Hi {name},\n\nGreat to hear from you. "
         "Let's set up a first conversation with the hiring manager on Monday at 4 PM. I've sent an invite to "
         "your email.\n\nSarah"),
        (OFFER, "Quillpay - offer", "Hi {name},\n\nI'm thrilled to let you know the team would like to make you "
         "an offer for the Analytics Lead role. The written offer will reach you today from our HR; happy to "
         "walk you through it.\n\nSarah"),
    ]))

W.append(bulk(Writer(
    "hirenest-alerts", "report", "jobalerts@hirenest.example.com", "",
    "Manage your job alerts or unsubscribe. HireNest, 9 Brewery Lane, London. View online",
    dress="html",
    messages=[
        (OTHER, "New jobs for 'business analyst' near London", "Business Analyst - Kindred Energy - London - "
         "GBP 45,000\nQuick apply\n\nJunior BA - Ocado - Hatfield - Competitive\nQuick apply\n\n18 more jobs "
         "match your alert"),
        (OTHER, "{name}, employers are hiring now", "Hiring urgently near you:\n- Operations Analyst (12 "
         "applicants)\n- Data Coordinator (3 applicants)\n\nBe one of the first to apply."),
        (OTHER, "Your CV was downloaded 3 times", "Good news, {name}! Recruiters downloaded your CV 3 times this "
         "week. Keep your CV visible to get more calls."),
        (OTHER, "Salary guide 2021 for analysts", "What are analysts earning in 2021? See the salary guide, "
         "and compare your pay with others in your role."),
        (OTHER, "Similar jobs to the ones you viewed", "Based on jobs you viewed: Reporting Analyst at Aviva, "
         "Insight Analyst at Boots, Pricing Analyst at Direct Line."),
    ])))

W.append(bulk(Writer(
    "careerfair-campus", "report", "careers@lincolnshire-univ.example.ac.uk", "Careers and Employability Service",
    "You receive this as a graduate of the University. Update your preferences or unsubscribe.",
    messages=[
        (OTHER, "Graduate Recruitment Fair - 14 October", "Dear graduate,\n\nOur autumn Graduate Recruitment Fair "
         "returns on 14 October in the Great Hall, with 90 employers. Bring copies of your CV. Graduates up to "
         "three years out are welcome."),
        (OTHER, "Careers Bulletin: week 6", "This week: CV clinic drop-ins, an assessment centre workshop on "
         "Wednesday, and a panel of alumni in consulting. Book on CareerHub."),
        (OTHER, "Book a practice interview", "Dear {name},\n\nPractice interviews with a careers adviser are "
         "available throughout November. Each slot is 30 minutes and includes feedback."),
        (OTHER, "Your CareerHub appointment is confirmed", "Dear {name},\n\nYour appointment with a careers "
         "adviser is confirmed for 3 November at 2pm (online). Please send your CV in advance if you want it "
         "reviewed."),
        (OTHER, "Graduate survey: where are you now?", "Dear {name},\n\nFifteen months after graduating, we'd like "
         "to know what you are doing now: working, studying or looking for work. The survey takes 10 minutes."),
    ])))

W.append(bulk(Writer(
    "skillbridge-mooc", "report", "team@skillbridge-learn.example.com", "The SkillBridge team",
    "SkillBridge Learning. Unsubscribe from course emails.",
    dress="html",
    messages=[
        (OTHER, "Your certificate of completion", "Well done, {name}! You completed SQL for Data Analysis. "
         "Download your certificate and share it with your network."),
        (OTHER, "Module 4 assessment is now open", "Hi {name},\n\nThe Module 4 assessment opens today. It has 25 "
         "questions and a 40-minute limit. Your score counts towards your final grade."),
        (OTHER, "Your assessment result", "Hi {name},\n\nYou scored 72% on the Module 4 assessment. The pass mark "
         "is 70%, so you can move on to Module 5."),
        (OTHER, "You've been accepted into the Career Track", "Hi {name},\n\nCongratulations! Your application to "
         "the Data Analyst Career Track has been accepted. Your cohort starts on 4 April; your mentor will "
         "introduce themselves next week."),
        (OTHER, "Unfortunately your scholarship application was unsuccessful", "Hi {name},\n\nThank you for "
         "applying for the Women in Data scholarship. We received over 2,000 applications and are unable to "
         "offer you a scholarship this time. You can still join the course at the standard price."),
    ])))

W.append(Writer(
    "crestline-cards", "report", "alerts@crestlinecards.example.com", "Crestline Card Services",
    "Please do not reply to this email. To contact us, sign in to your account.",
    messages=[
        (OTHER, "Your application decision", "Dear {name},\n\nThank you for applying for the Crestline Rewards "
         "card. After careful review, we are unable to approve your application. A letter with the main reasons "
         "for this decision will follow by post."),
        (OTHER, "Welcome - your card is on its way", "Dear {name},\n\nYour application was approved with a credit "
         "limit of $2,500. Your card will arrive in 7-10 business days."),
        (OTHER, "Your statement is ready", "Dear {name},\n\nYour October statement is ready. Minimum payment due: "
         "$35 by 21 November."),
        (OTHER, "Unusual activity on your card", "Dear {name},\n\nWe noticed a purchase of $412.90 at an online "
         "electronics store. Was this you? Reply Y or N."),
        (OTHER, "We need more information to process your application", "Dear {name},\n\nTo finish reviewing "
         "your application for a credit limit increase, please confirm your annual income and employer."),
    ]))

W.append(bulk(Writer(
    "deliverly-food", "report", "orders@deliverly.example.in", "",
    "Deliverly Technologies. You are receiving order updates for your account.",
    dress="oneline",
    messages=[
        (OTHER, "Your Deliverly order from Vaishali is confirmed", "Hi {name}, your order of 2 items from Vaishali "
         "is confirmed and will reach you in 32 mins. Total: Rs 386."),
        (OTHER, "Order delivered", "Your order has been delivered. Enjoy your meal! Rate Suresh, your delivery "
         "partner."),
        (OTHER, "Flat 50% off on your next 3 orders", "{name}, we miss you! Flat 50% off on your next 3 orders. "
         "Code: COMEBACK50."),
        (OTHER, "Your refund of Rs 120 is processed", "Hi {name}, the refund for the missing item has been added "
         "to your Deliverly wallet."),
    ])))

W.append(Writer(
    "skyway-air", "report", "noreply@skyway-air.example.com", "SkyWay Airlines",
    "This is an automated message. Do not reply.",
    dress="html",
    messages=[
        (OTHER, "Booking confirmed: BLR to DEL, 3 Jun", "Dear {name},\n\nYour booking is confirmed. PNR: K7QX2M. "
         "Flight SW 512, departs Bengaluru 06:15, arrives Delhi 09:05."),
        (OTHER, "Web check-in is now open", "Dear {name},\n\nWeb check-in for SW 512 is open. Choose your seat "
         "and download your boarding pass."),
        (OTHER, "Schedule change for your flight", "Dear {name},\n\nYour flight SW 512 on 3 June now departs at "
         "07:40. No action is needed if the new time suits you."),
        (OTHER, "Your refund request", "Dear {name},\n\nYour request for a refund of PNR K7QX2M has been received "
         "and will be processed in 7 working days."),
    ]))

W.append(Writer(
    "passport-seva", "report", "no-reply@passportseva.example.gov.in", "Passport Seva",
    "This is a system generated email, please do not reply.",
    messages=[
        (OTHER, "Appointment confirmation: Passport Seva Kendra", "Dear Applicant,\n\nYour appointment at PSK "
         "Pune is confirmed for 16/07/2018 at 10:15. Please carry the original documents and the appointment "
         "receipt. Your file number is PN1071234567818."),
        (OTHER, "Police verification initiated", "Dear Applicant,\n\nThe police verification for your passport "
         "application PN1071234567818 has been initiated. The police station will contact you."),
        (OTHER, "Passport dispatched", "Dear Applicant,\n\nYour passport has been dispatched by Speed Post. "
         "Tracking number EP123456789IN."),
        (OTHER, "Status of your application", "Dear Applicant,\n\nYour application is under review at the "
         "Regional Passport Office. Further information will be sent once a decision is taken."),
    ]))

W.append(Writer(
    "dental-smile", "report", "reception@smilestudio-dental.example.co.uk", "Smile Studio Dental",
    "Smile Studio Dental, 4 High Street. To cancel, call us 24 hours ahead.",
    messages=[
        (OTHER, "Appointment confirmed: check-up", "Hi {name},\n\nYour check-up with Dr Patel is booked for "
         "Tuesday 14 June at 8.40am. See you then!"),
        (OTHER, "Time for your six-month check-up", "Hi {name},\n\nIt's been six months since your last visit. "
         "Book your check-up and hygiene appointment online."),
        (OTHER, "Your treatment plan", "Hi {name},\n\nAttached is the treatment plan we discussed: one filling "
         "and a scale and polish. Total cost GBP 145."),
    ]))

W.append(Writer(
    "chess-club", "report", "fixtures@riverside-chess.example.org", "Tom\nFixtures secretary", "",
    messages=[
        (OTHER, "Team for Thursday's league match", "Hi all,\n\nTeam for Thursday at Kingston: boards 1-6 below. "
         "{name}, you're on board 4 with white. Please reply to confirm."),
        (OTHER, "Club championship draw", "The draw for round 1 of the club championship is attached. Games to "
         "be played by 30 November."),
        (OTHER, "Results and grading", "Great win last night, 4.5-1.5. New grades are out; congratulations to "
         "{name} on the jump to 1740."),
        (OTHER, "Applications for junior coaching role", "Hi all,\n\nWe're looking for a volunteer to run the "
         "juniors on Saturday mornings. If interested, drop me a note and we'll pick at the committee meeting."),
    ]))

W.append(Writer(
    "friend-nisha", "report", "nisha.bhatt@outlook.example.com", "Nisha", "",
    dress="quote",
    messages=[
        (OTHER, "Re: any news?", "Hey {name}! Heard anything back from that fintech yet? Don't stress, these "
         "things take forever. Dinner on Friday?"),
        (OTHER, "my resume", "Hey can you look at my resume before I send it to the Amazon referral? Just the "
         "first page. Thank you!!"),
        (OTHER, "birthday plan for Karan", "Secret plan: cake at Karan's office at 6, then dinner at Malaka "
         "Spice. Chip in 800 each?"),
        (OTHER, "I quit!", "I did it, I resigned today. Serving notice for two months and then a long break. "
         "Let's celebrate"),
        (OTHER, "photos from the wedding", "Here's the link to the wedding album. You look great in the "
         "sherwani pics"),
    ]))

W.append(Writer(
    "family-brother", "report", "vikas.s@gmail.example.com", "V", "",
    dress="oneline",
    messages=[
        (OTHER, "Papa's insurance", "Renewed Papa's health insurance online, sent you the receipt. Your share is "
         "6k"),
        (OTHER, "Fwd: job opening in my company", "forwarding, our team is hiring a data analyst, apply through "
         "the careers page and mention my name\n\n---------- Forwarded message ---------\nFrom: HR Team\nWe "
         "are hiring! Employees can refer candidates for Data Analyst (Req 2291). Referral bonus applies."),
        (OTHER, "car service", "Took the car for service. They say clutch plate needs changing, 9k. ok?"),
        (OTHER, "Rakhi", "Didi is coming on Sunday for Rakhi. Lunch at home, don't make other plans"),
    ]))

W.append(Writer(
    "bootcamp-ironpath", "report", "admissions@ironpath-academy.example.com", "IronPath Admissions",
    "IronPath Academy, 12 Wharf Road. Unsubscribe",
    messages=[
        (OTHER, "Your IronPath application: next steps", "Hi {name},\n\nThanks for applying to the Data Analytics "
         "bootcamp. The next step is a 20-minute admissions interview with our team and a short logic "
         "assessment. Book your slot using the link."),
        (OTHER, "Congratulations - you've been admitted!", "Hi {name},\n\nWe're excited to offer you a place in "
         "the March cohort of the Data Analytics bootcamp. Please pay the deposit within 7 days to secure your "
         "seat."),
        (OTHER, "Hiring partners demo day", "Hi {name},\n\nOur graduates will present their projects to 25 "
         "hiring partners at Demo Day on 20 June. Join us to cheer them on."),
        (OTHER, "Income share agreement: your decision", "Hi {name},\n\nYour income share agreement application "
         "has been approved. You'll pay nothing until you earn over $40,000 a year."),
    ]))

W.append(Writer(
    "telco-jio-like", "report", "care@zoomtel.example.in", "Team ZoomTel",
    "This is an automated email. Do not reply.",
    messages=[
        (OTHER, "Your bill for September", "Dear {name},\n\nYour postpaid bill of Rs 599 for September is "
         "generated. Due date: 18 Oct."),
        (OTHER, "Data pack expiring", "Dear customer,\n\nYour 1.5GB/day pack expires in 2 days. Recharge now."),
        (OTHER, "Your request has been received", "Dear {name},\n\nYour request for a SIM replacement (ref "
         "SR-77120) has been received. It will be processed within 48 hours."),
    ]))

W.append(Writer(
    "ats-helix-workday", "report", "helixhealth@myworkday-mail.example.com", "Helix Health Talent Acquisition",
    "Please do not reply to this automated message.",
    dress="html",
    messages=[
        (ACK, "We've received your application", "Dear {name},\n\nThank you for applying to the position of "
         "Healthcare Data Analyst (R-20419). Your application has been successfully submitted and is being "
         "reviewed by our recruiting team."),
        (TEST, "Next step: complete your HireVue assessment", "Dear {name},\n\nYou have been selected to complete "
         "a recorded video assessment for Healthcare Data Analyst. Please complete it within 72 hours using the "
         "link below."),
        (REJ, "Update on your application", "Dear {name},\n\nThank you for taking the time to complete the "
         "assessment for Healthcare Data Analyst. We have decided to move forward with other candidates whose "
         "experience more closely matches our requirements."),
        (ACK, "Application submitted: Senior Reporting Analyst", "Dear {name},\n\nYour application for Senior "
         "Reporting Analyst (R-20502) has been received."),
    ]))

W.append(Writer(
    "startup-founder", "report", "arun@tallyo.example.io", "Arun\nCo-founder, Tallyo", "",
    messages=[
        (OUT, "Would love to chat - first analyst hire", "Hi {name},\n\nSaw your dashboard project on GitHub. "
         "We're a 12-person SaaS startup and I'm looking for our first analyst. Interested in a chat over coffee "
         "this week?"),
        (INTERVIEW, "Tallyo - next step", "Hi {name},\n\nGreat chatting yesterday. Could you come in on Friday at "
         "2 to meet my co-founder and walk us through a small case? It'll take about an hour."),
        (OFFER, "Tallyo - offer", "Hi {name},\n\nWe'd love to have you join Tallyo as our first data analyst. "
         "Offer: Rs 16 LPA plus 0.2% ESOPs, starting 1 August. Details in the attached letter."),
        (REJ, "Tallyo - update", "Hi {name},\n\nThank you for the time you spent on the case. We've decided to "
         "hire someone with more product analytics background for now. Really appreciated meeting you."),
    ]))

W.append(Writer(
    "ats-ravenco-lever", "report", "no-reply@hire.lever-mail.example.co", "Ravenco Hiring Team", "",
    messages=[
        (ACK, "Ravenco - application received", "Hi {name},\n\nThanks for your interest in Ravenco! We've "
         "received your application for Pricing Analyst and will be in touch."),
        (INTERVIEW, "Ravenco - let's schedule your interview", "Hi {name},\n\nWe'd like to invite you to a "
         "30-minute phone screen for Pricing Analyst. Please pick a time that works using the scheduling link."),
        (REJ, "Ravenco - Pricing Analyst", "Hi {name},\n\nThanks for taking the time to interview with us. "
         "Unfortunately we've decided not to move forward with your candidacy. We wish you luck in your "
         "search."),
    ]))

W.append(bulk(Writer(
    "newsletter-morning", "report", "newsletter@themorningbrief.example.com", "",
    "You're receiving The Morning Brief because you subscribed. Unsubscribe | View in browser",
    dress="html",
    messages=[
        (OTHER, "The Morning Brief: layoffs, hiring freezes and a rate cut", "Good morning, {name}.\n\nToday: "
         "three tech companies announce layoffs, hiring freezes spread to banks, and the central bank cuts "
         "rates. Plus: how to ask for a raise."),
        (OTHER, "The Morning Brief: the great resignation", "Good morning.\n\nMillions quit their jobs this year. "
         "We look at who is hiring, who is leaving and why recruiters can't fill roles."),
        (OTHER, "Weekend reading: offers, counter-offers and negotiation", "Happy Saturday.\n\nThis weekend: how "
         "to negotiate a job offer, why counter-offers rarely work, and a review of a new book on careers."),
    ])))

W.append(Writer(
    "gov-employment-exchange", "report", "noreply@employmentportal.example.gov.in", "National Career Service",
    "This is a system generated email.",
    messages=[
        (OTHER, "Registration successful on National Career Service", "Dear {name},\n\nYou have been successfully "
         "registered on the National Career Service portal. Your registration ID is NCS-MH-2019-558812. Keep "
         "your profile updated to receive job alerts."),
        (OTHER, "Job fair in your district", "Dear Jobseeker,\n\nA job fair will be held at the District "
         "Employment Exchange, Pune on 28 September. Over 30 employers are participating."),
        (OTHER, "Profile update reminder", "Dear {name},\n\nYou have not updated your profile in 6 months. "
         "Update your qualifications and skills to receive relevant vacancies."),
    ]))

W.append(Writer(
    "ats-pinewood-taleo", "report", "careers@pinewood-bank.taleo-mail.example.net", "Pinewood Bank Recruitment",
    "This message was sent from an unmonitored account.",
    messages=[
        (ACK, "Pinewood Bank - Application Confirmation", "Dear {name},\n\nThis is to confirm that your "
         "application for Credit Risk Analyst (Job 180331) has been submitted. We will review your "
         "qualifications against the requirements of the role."),
        (TEST, "Pinewood Bank - online numerical reasoning test", "Dear {name},\n\nWe invite you to complete "
         "the numerical and verbal reasoning tests for Credit Risk Analyst by 23:59 on 2 May."),
        (INTERVIEW, "Pinewood Bank - assessment centre invitation", "Dear {name},\n\nWe are pleased to invite "
         "you to our assessment centre for Credit Risk Analyst on 16 May, comprising a group exercise and two "
         "interviews."),
        (OFFER, "Pinewood Bank - conditional offer of employment", "Dear {name},\n\nWe are delighted to make "
         "you a conditional offer for the role of Credit Risk Analyst, subject to background screening. Your "
         "contract is attached."),
        (REJ, "Pinewood Bank - your application for Model Validation Analyst", "Dear {name},\n\nThank you for "
         "your application for Model Validation Analyst. On this occasion we will not be progressing your "
         "application further."),
    ]))

W.append(Writer(
    "consultant-jobhub", "report", "ravi@careerpoint-consultants.example.in", "Ravi Kumar\nCareerPoint "
    "Consultants, Hyderabad", "",
    dress="oneline",
    messages=[
        (OUT, "Urgent requirement for Data Analyst @ Hyderabad", "Dear {name}, Hope you are doing well. We have an "
         "urgent requirement for Data Analyst for an MNC client in Hitech City. Exp: 3-6 yrs. Skills: SQL, "
         "Python, Tableau. Kindly revert with your updated resume if interested."),
        (OUT, "Re: Urgent requirement for Data Analyst @ Hyderabad", "Dear {name}, Just following up on my "
         "previous mail. The client is closing positions this week. Please share your CV and notice period."),
        (INTERVIEW, "Interview scheduled - Data Analyst - Saturday", "Dear {name}, Your virtual interview with "
         "the client is scheduled on Saturday 10 AM. The Teams link will come from the client directly. Be "
         "ready 10 minutes early."),
        (REJ, "Interview feedback", "Dear {name}, Client has given feedback that your profile is not "
         "shortlisted for the next round. Will share other openings matching your profile."),
    ]))

W.append(Writer(
    "ats-quanta-icims", "report", "no-reply@quanta-careers.icims-mail.example.com", "Quanta Talent Team",
    "Quanta Technologies, Inc. Equal Opportunity Employer.",
    dress="html",
    messages=[
        (ACK, "Thank you for your application to Quanta", "Hi {name},\n\nThank you for your interest in "
         "Quanta. We have received your application for Marketing Analyst and will be in touch if your "
         "qualifications meet our needs."),
        (INTERVIEW, "Quanta - Interview Invitation", "Hi {name},\n\nWe'd like to invite you to interview for "
         "the Marketing Analyst role. Interviews will be held virtually next week. Please choose a slot."),
        (OFFER, "Your offer from Quanta", "Hi {name},\n\nCongratulations! We are excited to extend you an "
         "offer for the Marketing Analyst position. Please review and sign your offer letter in the portal."),
        (ACK, "Quanta - application received for Data Analyst II", "Hi {name},\n\nWe have received your "
         "application for Data Analyst II."),
    ]))

W.append(Writer(
    "survey-panel", "report", "panel@opinionpath.example.com", "OpinionPath Panel Team",
    "OpinionPath Research. Manage your panel membership.",
    messages=[
        (OTHER, "Your panel application is approved", "Hi {name},\n\nWelcome to OpinionPath! Your application to "
         "join our research panel has been approved. Complete your profile survey to start earning points."),
        (OTHER, "Paid interview study: 60 minutes, Rs 1,500", "Hi {name},\n\nYou've been selected for a paid "
         "user research interview about online banking apps. The interview is by video on 12 August. Reply to "
         "confirm a time."),
        (OTHER, "New survey available", "Hi {name},\n\nA new 10-minute survey is waiting for you. Earn 150 "
         "points."),
        (OTHER, "Your points have been redeemed", "Hi {name},\n\nYour redemption of 2,000 points for an Rs 200 "
         "gift voucher is complete."),
    ]))

W.append(Writer(
    "public-library", "report", "library@citylibraries.example.gov.uk", "City Libraries",
    "You receive these notices because you hold a library card.",
    messages=[
        (OTHER, "Items due soon", "Dear {name},\n\nThe following items are due back on 18 March: 'What Color Is "
         "Your Parachute?', 'Cracking the Coding Interview'. You can renew them online."),
        (OTHER, "Your reservation is ready to collect", "Dear {name},\n\nYour reserved item 'Storytelling with "
         "Data' is ready to collect from Central Library for 7 days."),
        (OTHER, "Free job club every Tuesday", "Dear {name},\n\nOur free job club meets every Tuesday at 10am: "
         "help with CVs, online applications and interview practice. No booking needed."),
        (OTHER, "Overdue notice", "Dear {name},\n\nOne item on your card is overdue. Please return or renew "
         "it."),
    ]))

W.append(Writer(
    "ats-sapphire-successfactors", "report", "recruiting@sapphire-pharma.successfactors-mail.example.eu",
    "Sapphire Pharma Talent Acquisition", "Sapphire Pharma AG. Data protection notice for applicants.",
    messages=[
        (ACK, "Confirmation of your application", "Dear {name},\n\nThank you for applying for the role of "
         "Commercial Data Analyst (Job ID 52214) at Sapphire Pharma. We have received your documents and will "
         "review them carefully."),
        (REJ, "Your application as Commercial Data Analyst", "Dear {name},\n\nWe regret to inform you that we "
         "have decided to pursue other applicants whose profiles more closely match the requirements of the "
         "position. We thank you for your interest in Sapphire Pharma."),
        (INTERVIEW, "Invitation: video interview for Market Insights Analyst", "Dear {name},\n\nWe would be "
         "pleased to get to know you in a video interview on 7 July at 10:00 CET with our hiring manager."),
        (OFFER, "Your contract - Market Insights Analyst", "Dear {name},\n\nFollowing your interviews we are "
         "happy to offer you the position of Market Insights Analyst. Please find the employment contract "
         "enclosed for signature."),
    ]))

W.append(bulk(Writer(
    "parcel-courier", "report", "tracking@swiftparcel.example.co.uk", "",
    "SwiftParcel Ltd. You received this because a sender shared your email for tracking.",
    dress="oneline",
    messages=[
        (OTHER, "Your parcel is arriving today", "Hi {name}, your parcel from Argos is arriving today between "
         "13:05 and 14:05. Your driver is Craig."),
        (OTHER, "Sorry we missed you", "We tried to deliver your parcel today. Rearrange delivery or choose a "
         "pickup shop."),
        (OTHER, "Your parcel has been delivered", "Your parcel was delivered to your safe place: porch. Photo "
         "attached."),
        (OTHER, "How did we do?", "Rate your delivery experience today. It takes 30 seconds."),
    ])))

W.append(Writer(
    "stockbroker", "report", "reports@zenvest-broking.example.in", "Zenvest Broking",
    "Investments in securities are subject to market risks. Do not reply.",
    messages=[
        (OTHER, "Contract note for trades on 04-Mar-2020", "Dear {name},\n\nPlease find attached the contract "
         "note for your trades executed on 04-Mar-2020."),
        (OTHER, "IPO application status", "Dear {name},\n\nYour application for the IPO of Kalyan Foods Ltd has "
         "not been allotted any shares. The blocked amount of Rs 14,880 has been released."),
        (OTHER, "Your account KYC is complete", "Dear {name},\n\nYour KYC has been verified and your trading "
         "account is active."),
        (OTHER, "Quarterly settlement of funds", "Dear {name},\n\nAs per regulations, the credit balance in "
         "your account has been settled to your bank account."),
    ]))


QUOTED = ("\n\nOn {day}, {name} <{name_l}@gmail.example.com> wrote:\n> haha ok, will tell you everything "
          "tonight\n> {name}")


def _html(text: str) -> str:
    paras = "".join(f"<tr><td style=\"padding:8px 24px;font-family:Helvetica,Arial\">"
                    f"{p.replace(chr(10), '<br>')}</td></tr>" for p in text.split("\n\n"))
    return (f"<html><body><table width=\"600\" align=\"center\" role=\"presentation\">{paras}</table>"
            f"</body></html>")


DRESS = Dress(QUOTED, "Sat, 12 Oct 2019 at 21:04", _html, quote_on=1, html_on=0)


def messages() -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "sender", "html", "to"}."""
    rows = letters(W, NAMES, DRESS)
    for row in rows:
        row["to"] = f"{row['writer'].split('-')[0]}.reader@gmail.example.com"
    return rows


def raw_messages(half: str) -> list[dict]:
    """The messages of one half as `onward mail import` reads them: each row with "raw" (RFC 822 bytes) and "id";
    a bulk sender's with List-Unsubscribe and Precedence: bulk."""
    if half not in HALVES:
        raise ValueError(f"half is one of {HALVES}")

    return en_letters.raw_messages(messages(), half, start=datetime(2016, 3, 1, 9, 0, tzinfo=UTC),
                                   step=timedelta(days=7), tag="i4", headers=en_letters.bulk_senders(BULK))
