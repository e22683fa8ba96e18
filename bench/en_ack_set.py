"""Rejections shaped like acknowledgements, and acknowledgements with the same furniture; written for this project
(never real mail).

A fourth English set, after bench/en_rejection_set.py, bench/en_decision_set.py and bench/en_shapes_set.py, by
32 writers unlike theirs: Workday, Greenhouse, Lever, Taleo, iCIMS, SuccessFactors and SmartRecruiters templates of
companies none of those sets has (an insurer, a devtools maker, a Canadian utility, a freight company, an Indian
carmaker, a climate charity, a UK airport, an Australian bank, a Singapore hospital, a Swiss drugmaker...), small
firms written by hand, recruitment agencies, universities, public services (a US city, a Singapore statutory
board, an Indian public-sector company, a UK school) and British, Indian, Australian, Canadian and Singaporean
English.

What the set is about is the shape. Every rejection reads like an acknowledgement: long thanks, "we received your
application", "we have reviewed", "due to the high volume", "we will keep your résumé on file", "should your
profile match future openings", "we encourage you to apply to other roles", a talent community; the decision is one
soft clause among them, in the writer's own words, often only implied ("we will not be contacting you", "the
position is now closed", "we have filled the role", "your candidacy will not progress", "not a match at this
time"). The hard negatives are acknowledgements and status notices with the same furniture that decide nothing
("unfortunately we cannot reply to every applicant personally", "if you do not hear from us within four weeks",
"we regret any delay", "we will keep your application on file while we review", "only shortlisted candidates will
be contacted").

Each writer gives its sentences: openings, furniture, closings, decision clauses (one per rejection) and pending
clauses (one per negative). A rejection is an opening, some furniture, its decision clause and a closing, in an
order that moves the decision around; a negative is the same furniture around a pending clause. Messages are
dressed as bench/en_shapes_set.py dresses its own (HTML-only, legal text below, quoted reply, forward, one line).

The set is split by writer: the "tune" writers may be read while the classifier is changed; the "report" writers
are measured only at the start and at the end of a piece of work, and their mistakes are never printed.
`messages()` yields the dressed messages; `bench/mail_en_acks.py` measures them in four readings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from en_shapes_set import Writer as Dressed
from en_shapes_set import _dress

REJ, ACK = "rejection", "application_ack"


@dataclass
class Voice:
    key: str
    half: str  # "tune" or "report"
    sender: str
    greet: str
    sign: str
    dresses: tuple[str, ...]
    subjects: tuple[str, ...]  # the subjects both kinds of message use, cycled
    opens: tuple[str, ...]  # thanks and receipt
    furniture: tuple[str, ...]  # volume, review, process
    closes: tuple[str, ...]  # keep on file, future roles, talent community, good wishes (rejections only)
    decisions: tuple[str, ...]  # one per rejection
    pending: tuple[str | tuple[str, str], ...]  # one per negative; (label, text) when not an acknowledgement
    neg_closes: tuple[str, ...] = ("We appreciate your patience.",)


V: list[Voice] = []

# ================================================================================================= tune writers
V.append(Voice(
    "workday-insurer-us", "tune", "harborlineinsurance@myworkday.example.com", "Dear {name},",
    "Best regards,\nTalent Acquisition\nHarborline Mutual Insurance", ("plain", "legal", "html"),
    ("Your Application for Claims Adjuster II (R-20417)", "Harborline Mutual: Application Update",
     "Thank you for your interest in Harborline Mutual"),
    ("Thank you for applying for the Claims Adjuster II position (R-20417) and for your interest in a career with "
     "Harborline Mutual.",
     "Thank you for taking the time to submit your application and for the interest you have shown in Harborline "
     "Mutual Insurance."),
    ("Our recruiting team and the hiring manager have carefully reviewed your qualifications and experience.",
     "We received a high volume of applications for this opening and every one was read by a member of our "
     "team."),
    ("We will keep your profile in our system, and you are welcome to apply for any future opportunities that "
     "match your skills.",
     "We encourage you to visit our careers site regularly and to set up job alerts for roles that interest "
     "you."),
    ("After careful consideration, the hiring team has chosen to pursue candidates whose experience more closely "
     "fits the current needs of the position.",
     "This requisition has now been filled.",
     "At this time your application will not be moving forward in our process.",
     "The position has been closed and we will not be contacting applicants about further steps.",
     "We have decided not to proceed with your candidacy for this role.",
     "Although your background is impressive, it is not the match we are looking for at this time.",
     "Your application status for R-20417 has been updated to Not Selected."),
    ("Your application is now in review and you can follow its status at any time by signing in to your "
     "candidate home.",
     "If your qualifications match the requirements, a recruiter will reach out to discuss next steps.",
     "Due to the number of applications, the review may take up to three weeks; we regret any delay.",
     "Please note that only candidates selected for an interview will be contacted.",
     "We will keep your application on file while the hiring team completes its review of all candidates."),
))
V.append(Voice(
    "greenhouse-devtools", "tune", "no-reply@us.greenhouse-mail.example.io", "Hi {name},",
    "All the best,\nSam at Stackwise\nstackwise.example", ("plain", "reply", "oneline"),
    ("Thanks for applying to Stackwise!", "Your Stackwise application", "Stackwise | Developer Advocate"),
    ("Thanks so much for your interest in joining Stackwise and for applying to our Developer Advocate opening!",
     "Thank you for applying to Stackwise - we're genuinely grateful that you'd consider building developer tools "
     "with us."),
    ("Every application here is read by a human, usually the hiring manager themselves.",
     "We've spent the last couple of weeks going through a really strong pool of applicants.",
     "We know how much effort goes into an application and we don't take it lightly."),
    ("We'd love to stay in touch, so we'll keep your details on hand for future roles.",
     "Please keep an eye on our jobs page; we're growing and new roles open every month.",
     "We wish you the very best in your search."),
    ("We've decided to move forward with other folks whose experience lines up more closely with what the team "
     "needs right now.",
     "We're not going to take your application further this time around.",
     "We've made a hire for this role, so it's now off the board.",
     "Right now we don't see a match between your background and this opening.",
     "The team decided to go in a different direction with this hire.",
     "We won't be scheduling a next conversation for this position.",
     "This one isn't going to work out, unfortunately."),
    ("We'll review your application over the next week or so and get back to you either way.",
     "Unfortunately we're a tiny team and can't always reply to everyone quickly, so thank you for bearing with "
     "us.",
     "If it looks like a fit, someone from the team will reach out to set up a first chat.",
     ("interview", "We'd love to set up a 30-minute chat with our hiring manager - grab a slot that works for "
      "you here: calendly.example/stackwise."),
     "Heads up: we're hiring across a few roles at once, so replies might take a little longer than usual."),
    ("Talk soon!",),
))
V.append(Voice(
    "taleo-utility-canada", "tune", "careers@northernhydro.example.ca", "Dear {name},",
    "Sincerely,\nTalent Acquisition Services\nNorthern Hydro Corporation\nThis is an automated message. Please do "
    "not reply.", ("legal", "plain"),
    ("Northern Hydro - Job Number 24-0312 Apprentice Lineworker", "Your application with Northern Hydro",
     "Northern Hydro Careers - Application Status"),
    ("Thank you for your interest in employment opportunities with Northern Hydro and for submitting your "
     "application for the position of Apprentice Lineworker, Job Number 24-0312.",
     "We acknowledge with thanks your application for Job Number 24-0312."),
    ("We received a significant number of applications for this competition.",
     "Applications were assessed against the screening criteria outlined in the job posting.",
     "The selection committee has now completed its review of all applications."),
    ("We encourage you to continue to monitor our careers website for future opportunities.",
     "Your profile will remain active in our system for twelve months.",
     "We thank you for your interest in a career with Northern Hydro."),
    ("Your application was not selected for further consideration in this competition.",
     "The competition has now been concluded and the position has been filled.",
     "Based on the screening results, you will not be invited to the next phase of the selection process.",
     "We are unable to offer you a place in the next stage of this competition.",
     "Your candidacy will not progress beyond the screening stage.",
     "Following the review, the committee did not retain your application.",
     "The competition for this position has been cancelled and will not be re-posted at this time."),
    ("Applications are currently being screened and you will be notified of the outcome by email.",
     "If you are screened in, you will be contacted to arrange a written test.",
     "Only those candidates selected for further consideration will be contacted; we thank all applicants.",
     "Please note the closing date has been extended to March 28 and the screening will begin after that date.",
     ("assessment", "You have been screened in and are invited to complete the online aptitude test by Friday; "
      "the link is in your candidate profile.")),
    ("We thank you for your patience.",),
))
V.append(Voice(
    "icims-freight", "tune", "recruiting@talent.icims-mail.example.com", "Hello {name},",
    "Thank you,\nRedline Freight Recruiting Team\nRedline Freight Systems, Inc.", ("html", "plain"),
    ("Redline Freight - Dispatcher (2nd shift)", "Your application with Redline Freight",
     "Regarding your application"),
    ("Thank you for your interest in the Dispatcher (2nd shift) position with Redline Freight Systems.",
     "We have received your application and appreciate you considering Redline Freight."),
    ("Our recruiters review every application we receive.",
     "Due to the high volume of applicants we received for this opening, this message is automated."),
    ("Should your profile match future openings, we will contact you.",
     "We encourage you to apply to other roles on our careers portal that fit your experience.",
     "Join our Talent Network to hear first about new driving and warehouse jobs."),
    ("The position has been filled.",
     "We will not be contacting you regarding this opening.",
     "At this point we are moving forward with other applicants.",
     "Your application is not a match at this time.",
     "The hiring manager has selected another candidate for the role.",
     "This position is no longer available.",
     "We have decided not to move your application to the interview stage."),
    ("Your application has been received and is now under review by our recruiting team.",
     "If we do not contact you within 14 days, it means your application is still being reviewed for other "
     "openings in your area.",
     "A recruiter will call you within 2 business days if your experience matches the requirements.",
     ("interview", "We'd like to schedule a phone screen with you for the Dispatcher role; please reply with "
      "two times that work this week."),
     "Your application status: In Review. You can withdraw or update your application at any time."),
))
V.append(Voice(
    "successfactors-auto-india", "tune", "careers@sf-mail.vardhanmotors.example.in", "Dear {name},",
    "Warm Regards,\nTalent Acquisition Team\nVardhan Motors Limited, Pune", ("plain", "forward", "oneline"),
    ("Application for Graduate Engineer Trainee - Vardhan Motors", "Vardhan Motors: Status of your application",
     "Thank you for applying - Vardhan Motors"),
    ("Thank you for applying for the Graduate Engineer Trainee programme at Vardhan Motors Limited.",
     "We thank you for the interest shown in Vardhan Motors and for the time you took to apply."),
    ("We have received an overwhelming response for this programme from across the country.",
     "Your profile was reviewed by our campus team against the programme requirements.",
     "The evaluation of all the applications has been completed."),
    ("We will retain your profile in our database and shall get in touch with you should a suitable opening "
     "arise.",
     "We wish you all the success in your future endeavours.",
     "Kindly keep visiting our careers page for future openings."),
    ("We regret that we are unable to take your candidature forward at this stage.",
     "Your profile has not been shortlisted for the next round.",
     "All the positions in this batch have been filled.",
     "We shall not be able to consider your application for the current programme.",
     "Your candidature has not been found suitable for the present requirement.",
     "The programme has been put on hold for this year and no further selections will be made.",
     "We are not in a position to offer you a seat in the next round of assessments."),
    ("Your application is under process and the shortlisted candidates will be informed of the next steps by "
     "email.",
     "Kindly do not reply to this mail; in case you are not shortlisted, you will not receive a separate "
     "communication.",
     "The results of the online test will be declared in the second week of April; we regret any delay caused.",
     ("assessment", "You have been shortlisted for the online aptitude test scheduled on 14 April; kindly find "
      "the link and instructions below."),
     "We are in receipt of your documents and they are presently being verified by our team."),
    ("Thanking you.",),
))
V.append(Voice(
    "lever-climate-charity", "tune", "no-reply@hire.lever.example.co", "Hi {name},",
    "Warmly,\nThe People Team at Canopy Futures", ("plain", "html"),
    ("Canopy Futures - Campaigns Officer", "Thank you from Canopy Futures", "Your application to Canopy Futures"),
    ("Thank you for applying to be our Campaigns Officer - it means a lot that you want to work on the climate "
     "crisis with us.",
     "We wanted to say a heartfelt thank you for the care you put into your application to Canopy Futures."),
    ("We received over 600 applications, which is humbling for a team of our size.",
     "Each application was read blind by two members of the team.",
     "We know job hunting in this sector can be exhausting."),
    ("We'd love you to join our supporter community and stay in the loop on future roles.",
     "We really encourage you to apply for other roles with us in the future.",
     "Please look after yourself, and thank you again for everything you do for the planet."),
    ("We won't be inviting you to the next stage this time.",
     "We've now offered the role to someone else and they have accepted.",
     "On this occasion your application hasn't made it through to interview.",
     "Sadly we've had to pause this hire because of a change in our funding, so the role won't go ahead.",
     "The panel felt other candidates were a closer fit for what this role needs right now.",
     "This time it's a no from us, but we hope our paths cross again.",
     "We have closed the recruitment for this role without progressing your application."),
    ("We'll be shortlisting after the closing date and will let everyone know the outcome by 20 May.",
     "Unfortunately, because of the number of applications, we can't give individual feedback at the "
     "shortlisting stage.",
     "If you haven't heard from us by 20 May, please do get in touch and we'll check on your application.",
     "We'll hold your application on file while the panel meets to shortlist.",
     ("interview", "We're delighted to invite you to an interview on 28 May; please let us know if you need any "
      "adjustments.")),
    ("Thanks for bearing with us.",),
))
V.append(Voice(
    "smartrecruiters-airport-uk", "tune", "recruitment@skyportgatwick.smartrecruiters.example", "Dear {name},",
    "Kind regards,\nResourcing Team\nSkyport Airports Ltd", ("plain", "legal", "reply"),
    ("Security Officer - Skyport Airports", "Your application: Customer Service Agent",
     "An update from Skyport Airports"),
    ("Many thanks for applying for the role of Security Officer at Skyport Airports.",
     "Thank you for your application and for your interest in joining the team at Skyport."),
    ("We've had a brilliant response to our recruitment campaign.",
     "Our resourcing team has now looked at your application in detail.",
     "We appreciate the time it takes to complete our application form and the online questions."),
    ("We'll keep your details for six months and may be in touch if something suitable comes up.",
     "Do keep an eye on our vacancies page, as we recruit throughout the year.",
     "We wish you every success with your job search."),
    ("On this occasion we won't be taking your application any further.",
     "We're sorry to say your application hasn't been successful this time.",
     "All of the places on the March training course have now been filled.",
     "The recruitment for this role has closed and your application won't be progressed.",
     "Having reviewed your answers, we've decided not to invite you to the assessment day.",
     "We've decided to progress with applicants whose experience is a closer match.",
     "Your vetting checks could not be completed in time, so we're unable to continue with your application."),
    ("We're currently reviewing applications and aim to be in touch within three weeks.",
     "Unfortunately, we're not able to reply to every applicant personally, but you can track your "
     "application in your candidate account.",
     "If you do not hear from us within four weeks, please check your junk folder before contacting us.",
     ("interview", "We're pleased to invite you to our assessment day on Tuesday 9 April at the Skyport "
      "Training Centre."),
     "Your background check is in progress; we're sorry for the delay and will update you as soon as we can."),
))
V.append(Voice(
    "university-professional-staff-au", "tune", "recruitment@hr.southerncross-uni.example.edu.au", "Dear {name},",
    "Kind regards,\nHuman Resources - Recruitment\nSouthern Cross University (sample)", ("plain", "html"),
    ("Position: Student Advisor (Job No. 511284)", "Your application - Student Advisor",
     "Southern Cross University - recruitment update"),
    ("Thank you for your application for the position of Student Advisor, Job No. 511284.",
     "Thanks very much for applying for a role at the university and for your interest in working with us."),
    ("The selection panel has now completed its assessment of all applications.",
     "The panel considered every application against the key selection criteria.",
     "We received a large number of high-quality applications."),
    ("We'd encourage you to keep an eye on our jobs website for future roles.",
     "Your details will be kept on our system, and you may wish to set up a job alert.",
     "We wish you all the best for your future career."),
    ("Your application hasn't progressed to the interview stage.",
     "The panel has decided to offer the role to another applicant.",
     "You have not been shortlisted for this position.",
     "The position has now been filled and the recruitment process is complete.",
     "The panel felt that other applicants more closely addressed the selection criteria.",
     "The role has been withdrawn following a restructure of the faculty, so it won't be filled.",
     "We are unable to offer you an interview for this role."),
    ("Shortlisting will occur in the week after the closing date, and all applicants will be advised of the "
     "outcome.",
     "Only shortlisted applicants will be contacted for interview.",
     "Due to the number of applications, there may be a delay in finalising the shortlist; we apologise for any "
     "inconvenience.",
     "Your application has been forwarded to the selection panel for consideration.",
     ("interview", "The panel would like to invite you to an interview on Thursday 12 September at 10am.")),
    ("Thank you for your patience.",),
))
V.append(Voice(
    "city-government-us", "tune", "noreply@governmentjobs-mail.example.com", "Dear {name},",
    "Sincerely,\nHuman Resources Department\nCity of Maple Falls", ("legal", "plain"),
    ("City of Maple Falls: Water Plant Operator I", "Application Status - City of Maple Falls",
     "Thank you for applying with the City of Maple Falls"),
    ("Thank you for applying for the position of Water Plant Operator I with the City of Maple Falls.",
     "The City of Maple Falls appreciates your interest in public service."),
    ("Human Resources has reviewed your application materials for minimum qualifications.",
     "A total of 142 applications were received for this recruitment.",
     "Applications are evaluated in accordance with the City's merit system rules."),
    ("You may view other current openings and apply online at any time.",
     "We encourage you to apply for future positions for which you qualify.",
     "Thank you again for your interest in serving our community."),
    ("Your name will not be placed on the eligible list for this classification.",
     "The department has completed the selection process and the vacancy has been filled.",
     "Your application was not among those referred to the hiring department for interview.",
     "This recruitment has been cancelled due to budget constraints.",
     "Your application will not be given further consideration for this recruitment.",
     "The hiring department has made a selection from the eligible list.",
     "You did not receive a passing score on the supplemental questionnaire."),
    ("Your application has been received and will be reviewed after the filing deadline.",
     "If you meet the minimum qualifications, you will be notified of the date of the written examination.",
     "Please note that this process may take several weeks; we regret any delay.",
     "Your application has been referred to the hiring department, which will contact candidates it wishes to "
     "interview.",
     ("assessment", "You are invited to the written examination on Saturday, June 8, at City Hall; bring a photo "
      "ID.")),
))
V.append(Voice(
    "agency-it-india", "tune", "hr@sparktalentsolutions.example.in", "Dear {name},",
    "Thanks & Regards,\nNeha S.\nSenior Recruiter | Spark Talent Solutions\nBengaluru | +91 80 5555 0100",
    ("oneline", "plain", "reply"),
    ("Profile status - Java Developer requirement", "Regarding your profile for SAP FICO Consultant",
     "Spark Talent - feedback on your application"),
    ("Thank you for sharing your updated profile for the Java Developer requirement with our client.",
     "Thanks for your time on call yesterday and for sharing the documents."),
    ("We had shared your profile with the client along with the other shortlisted CVs.",
     "The client has reviewed all the profiles received for this requirement.",
     "As discussed, the client is very specific about the notice period."),
    ("We will keep your CV in our database and will revert if any matching requirement comes.",
     "Kindly keep in touch and do share references if any of your friends are looking for a change.",
     "Please feel free to reach out for other openings."),
    ("The client has not shortlisted your profile for this position.",
     "The position has been closed from the client side.",
     "The client has gone ahead with another candidate who can join immediately.",
     "Your profile was not taken forward after the technical round.",
     "The client has put this requirement on hold, so we cannot take your profile further.",
     "Your candidature is not being considered further for this role.",
     "The client feedback is that the profile is not matching with their requirement."),
    ("The client is still reviewing the profiles; kindly wait for a couple of days, we will revert once we have "
     "an update.",
     "In case you do not get any call within a week, please drop a mail and I will follow up with the client.",
     ("interview", "Your profile has been shortlisted and the client would like to schedule the first technical "
      "round on Monday at 11 AM; kindly confirm."),
     "Apologies for the delay in revert; the client's hiring manager is on leave this week.",
     "Kindly share your current CTC, expected CTC and notice period so we can submit your profile."),
    ("Thanks for your patience.",),
))
V.append(Voice(
    "bakery-owner", "tune", "maggie@crumbandcrust.example", "Hi {name},",
    "Maggie\nCrumb & Crust Bakery", ("plain", "oneline"),
    ("Re: baker position", "Crumb & Crust - your application", "Thanks for applying!"),
    ("Thank you so much for dropping off your resume and for coming in on Saturday!",
     "Thanks a million for applying to Crumb & Crust, it was lovely to get your note."),
    ("I had way more people apply than I expected, which is a nice problem to have.",
     "I read every application myself, so sorry this took a while.",
     "It was a hard week in the shop, so I'm only now catching up on email."),
    ("I'll hang on to your resume in case something opens up in the spring.",
     "Please come by for a coffee on us anytime!",
     "Wishing you the best of luck out there."),
    ("I ended up hiring someone who has done early morning shifts before.",
     "The morning baker spot is taken now.",
     "I've decided to hold off on hiring for now, so I won't be filling the position.",
     "It's not going to work out this time.",
     "I've gone with another applicant for the counter job.",
     "I don't think it's the right fit for what the shop needs right now.",
     "We won't be moving ahead with a trial shift."),
    ("I'm still going through everyone and will get back to you by the end of next week.",
     "Sorry I haven't answered yet, things have been crazy, I'll let you know soon either way.",
     ("interview", "Could you come in for a trial shift on Thursday at 5am? Let me know if that works."),
     "Got your resume, thanks! I'll look at it this weekend.",
     "If I don't reply right away, don't worry, I'm just slammed with holiday orders."),
    ("Talk soon!",),
))
V.append(Voice(
    "law-firm-canada", "tune", "students@marlowecarter.example.ca", "Dear {name},",
    "Yours truly,\nStudent Programs\nMarlowe Carter LLP, Toronto", ("plain", "legal"),
    ("Marlowe Carter LLP - 2025 Articling Recruitment", "Summer Student Program - Marlowe Carter",
     "Your application to Marlowe Carter LLP"),
    ("Thank you for your interest in Marlowe Carter LLP and for applying to our 2025 Articling Program.",
     "On behalf of the Student Committee, thank you for taking the time to meet with us during the in-firm "
     "interviews."),
    ("We were impressed by the calibre of the applications we received this year.",
     "The Committee gave careful consideration to each application.",
     "The recruitment process this year was extremely competitive."),
    ("We wish you every success in the remainder of the recruitment process and in your legal career.",
     "We hope you will consider us again in the future.",
     "Please feel free to contact our Director of Student Programs with any questions."),
    ("We will not be in a position to extend an offer to you.",
     "Our articling class for 2025 is now complete.",
     "We are unable to offer you an in-firm interview.",
     "We will not be proceeding further with your application.",
     "Your application was not successful on this occasion.",
     "The Committee has made its selections, and we will not be inviting you to the second round.",
     "All of our summer positions have been filled."),
    ("We will be contacting candidates selected for interviews on Call Day in accordance with the Law Society's "
     "recruitment procedures.",
     "We acknowledge receipt of your application and confirm that it is complete.",
     "Due to the recruitment procedures, we cannot provide status updates before Call Day.",
     ("interview", "We would like to invite you to a second interview at our offices on Wednesday."),
     "If you have not heard from us by Call Day, you may assume we have no further update at this time, and "
     "your application remains under consideration for the remaining positions."),
))
V.append(Voice(
    "statutory-board-singapore", "tune", "careers@ura-like.example.gov.sg", "Dear {name},",
    "Yours sincerely,\nHuman Resource Division\nLand Transport Planning Board (sample)", ("plain", "html"),
    ("Application for Executive (Planning) - Job ID 71233", "Land Transport Planning Board: Application Outcome",
     "Your application on the Careers@Gov portal"),
    ("Thank you for your application for the position of Executive (Planning) with the Board.",
     "We refer to your application submitted through the Careers@Gov portal and thank you for your interest in "
     "joining the public service."),
    ("We have carefully reviewed your application against the requirements of the role.",
     "We have received many applications from candidates with strong qualifications.",
     "Your application has been assessed together with those of other candidates."),
    ("Your particulars will be kept in our records for a period of one year for future vacancies.",
     "We encourage you to continue to apply for suitable positions with the public service.",
     "We wish you all the best in your career pursuits."),
    ("We regret that your application has not been shortlisted for further consideration.",
     "The position has been filled.",
     "We will not be proceeding with your application at this juncture.",
     "Your application was unsuccessful for this position.",
     "Other candidates have been assessed to be more suitable for the role.",
     "We are unable to consider your application for this round of recruitment.",
     "The vacancy has been withdrawn and we will not be proceeding with the selection."),
    ("Please note that only shortlisted candidates will be notified.",
     "If you are not contacted within eight weeks, please note that the vacancy may have been filled; you may "
     "view the status on the portal.",
     "Your application has been received and is being processed.",
     ("assessment", "You are invited to complete an online psychometric assessment within seven days."),
     "We seek your understanding that the processing of applications may take some time."),
))
V.append(Voice(
    "biotech-boston", "tune", "talent@helixbay.example.com", "Hi {name},",
    "Best,\nJordan Reyes\nSenior Talent Partner | HelixBay Therapeutics", ("reply", "plain"),
    ("HelixBay - Research Associate II", "Following up - HelixBay Therapeutics", "Research Associate II update"),
    ("Thank you again for the time you spent with our Discovery Biology team on Thursday.",
     "I really appreciate your patience throughout our process and your interest in HelixBay."),
    ("The team enjoyed meeting you and learning about your work with organoid models.",
     "We had several strong finalists, and the team met this morning to compare notes.",
     "I know you have been waiting to hear, and I wanted to update you as soon as I could."),
    ("I'd be glad to keep in touch, and I'll reach out if a role opens up that fits your skills better.",
     "Please don't hesitate to apply to future openings on our careers page.",
     "I wish you every success with your next steps."),
    ("The team has decided to move forward with another candidate whose assay development experience is a bit "
     "deeper.",
     "We've extended an offer to another finalist and they have accepted.",
     "We won't be moving you forward to the final round.",
     "Following a portfolio review, leadership has decided to freeze this requisition for the rest of the year.",
     "Ultimately we decided on a candidate with more in vivo experience.",
     "We have decided not to continue with your candidacy.",
     "It wasn't a match for this particular role."),
    ("The team is still meeting candidates this week, and I hope to have an update for you early next week.",
     "We're sorry for the slow response; the hiring manager was travelling and the decision has taken longer "
     "than we planned.",
     ("interview", "The team would love to bring you in for a final round on site - are you free next Tuesday "
      "or Wednesday?"),
     "I've passed your details to the hiring manager, who will review them this week.",
     "No decision has been made yet, and you are still very much in consideration."),
    ("Talk soon,",),
))
V.append(Voice(
    "retail-graduate-scheme-uk", "tune", "graduates@hartwellsretail.example.co.uk", "Hi {name},",
    "Best wishes,\nThe Hartwells Early Careers Team", ("html", "plain", "oneline"),
    ("Hartwells Graduate Scheme 2025", "Your Hartwells application: an update", "Thanks for applying to Hartwells"),
    ("Thanks so much for applying to the Hartwells Retail Management Graduate Scheme.",
     "Thank you for the time and energy you've put into your Hartwells application so far."),
    ("We've had over 9,000 applications for 60 places this year.",
     "We've now looked carefully at your online test results and application answers.",
     "We know waiting to hear back is no fun."),
    ("Why not sign up to our Early Careers newsletter to hear about future schemes?",
     "You're welcome to apply again next year, and we'd love to hear from you.",
     "Good luck with whatever comes next."),
    ("We're sorry to say we won't be inviting you to the video interview stage.",
     "Our scheme is now full for this year.",
     "This time you haven't made it through to the assessment centre.",
     "We've decided not to take your application further.",
     "Your application hasn't been successful on this occasion.",
     "We're unable to offer you a place on the scheme this year.",
     "The scheme has now closed to all applicants still in process, so we'll be ending your application here."),
    ("We're currently reviewing applications and will be in touch within two weeks.",
     ("assessment", "Great news! You've passed the first stage and we'd like you to complete our online "
      "situational judgement test within five days."),
     "If you don't hear from us within three weeks, don't worry - your application is still with us.",
     "We're sorry this is taking longer than expected; we'll update you as soon as we can.",
     "Your application has been received and you can track its progress in your candidate hub."),
    ("Thanks for your patience!",),
))
V.append(Voice(
    "architecture-practice-uk", "tune", "studio@pennington-rowe.example.co.uk", "Dear {name},",
    "With best wishes,\nClara Rowe\nDirector, Pennington Rowe Architects", ("plain", "reply"),
    ("Part II Architectural Assistant", "Your application to Pennington Rowe", "Re: Part I placement"),
    ("Thank you very much for sending us your portfolio and CV for the Part II Architectural Assistant role.",
     "Thank you for your interest in the practice and for the care you put into your portfolio."),
    ("We were struck by the range of your university projects.",
     "We have been through a great many portfolios over the past fortnight.",
     "As a small studio we read everything carefully, which is why our reply is late."),
    ("We will keep your portfolio on file and may be in touch if our workload grows.",
     "Do follow the studio online, as we post any new positions there first.",
     "I wish you the very best in your career."),
    ("We have now appointed to the post.",
     "We have decided to offer the position to an assistant with more experience of planning applications.",
     "We won't be able to offer you a placement this year.",
     "On reflection we have decided not to recruit for the role after all.",
     "We will not be taking your application forward to interview.",
     "Your experience is not quite what the project needs at the moment.",
     "The post has been filled internally."),
    ("We are still reviewing portfolios and hope to arrange interviews by the end of the month.",
     "We regret that we cannot respond individually to every speculative application, but each one is read.",
     ("interview", "We would very much like to meet you at the studio; would Friday at 2pm suit you?"),
     "Apologies for the delay in replying; we will be in touch shortly.",
     "We have received your portfolio and will keep it on file while we review all applications."),
))

# =============================================================================================== report writers
V.append(Voice(
    "workday-bank-australia", "report", "coastalbank@myworkdayjobs.example.com", "Hi {name},",
    "Regards,\nTalent Acquisition\nCoastal Commonwealth Bank", ("legal", "html"),
    ("Your application for Customer Banking Specialist", "Coastal Commonwealth Bank - application update",
     "Thanks for your interest in Coastal Commonwealth Bank"),
    ("Thanks for applying for the Customer Banking Specialist role at our Newcastle branch.",
     "Thank you for taking the time to apply with Coastal Commonwealth Bank."),
    ("We've reviewed your application alongside many others for this role.",
     "Our recruitment team has carefully considered your skills and experience."),
    ("You can update your profile and apply for other roles through our careers site at any time.",
     "We'd encourage you to join our Talent Community so you hear about roles that suit you.",
     "All the best with your job search."),
    ("We've decided to progress with other candidates for this role.",
     "This role has now been filled.",
     "We won't be progressing your application any further at this stage.",
     "Your application isn't the right match for this particular role.",
     "We've made the decision not to move forward with your application.",
     "The role is no longer open and we won't be filling it this year.",
     "Your application has been unsuccessful."),
    ("We're currently reviewing your application and will let you know the outcome either way.",
     "If your application is progressed, a recruiter will call you to discuss the role.",
     "Due to high application volumes, it may take up to four weeks for us to get back to you.",
     ("assessment", "As the next step, please complete our online video interview by Sunday."),
     "Your application is on hold while we finalise the position's requirements; we'll be in touch soon."),
))
V.append(Voice(
    "greenhouse-fintech-uk", "report", "no-reply@greenhouse.example.io", "Hi {name},",
    "Cheers,\nEmily | Talent at Ledgerlane\nLondon", ("plain", "oneline"),
    ("Ledgerlane | Backend Engineer", "Your application to Ledgerlane", "Update from Ledgerlane"),
    ("Thanks a lot for applying for the Backend Engineer position at Ledgerlane.",
     "Massive thanks for taking the time to go through our process."),
    ("We've looked closely at your CV and your answers to our application questions.",
     "We had loads of great applications for this one."),
    ("We'd be keen to stay in touch and hopefully connect again down the line.",
     "Our careers page is updated often, so do apply again if something catches your eye.",
     "Best of luck with the search."),
    ("We've decided not to move forward with your application.",
     "We've offered the role to someone else.",
     "On this occasion we're going to pass.",
     "We're going with candidates whose experience maps more closely onto our stack.",
     "The role has been put on hold while we rethink the team's plans.",
     "You won't be progressing to the tech test.",
     "It isn't a fit for us right now."),
    ("Our hiring team will look at your application in the next few days and get back to you.",
     ("interview", "We'd love to invite you to a 45-minute call with our engineering manager - please pick a "
      "slot via the link."),
     "Sorry for the delay in getting back to you; we're hiring for lots of roles at once.",
     "We're still reviewing CVs and will update everyone by Friday.",
     "We've received your application - thanks! We'll be in touch about next steps."),
))
V.append(Voice(
    "taleo-hospital-singapore", "report", "careers-noreply@kallanghealth.example.sg", "Dear {name},",
    "Yours sincerely,\nTalent Acquisition, Group HR\nKallang Health (sample)", ("plain", "legal"),
    ("Kallang Health - Staff Nurse (Job ID 2401177)", "Status of your application", "Your application with us"),
    ("Thank you for your application for the position of Staff Nurse, Job ID 2401177.",
     "We thank you for your interest to join Kallang Health."),
    ("We have reviewed your application carefully.",
     "The response to our recent recruitment exercise was overwhelming."),
    ("Your application will be kept in our database for one year and we will contact you if there is a "
     "suitable opening.",
     "You are welcome to apply for other positions that match your profile.",
     "We wish you success in your career."),
    ("We regret to inform you that you have not been shortlisted for the position.",
     "The position has been filled.",
     "Your application will not be progressed further.",
     "We are unable to proceed with your application.",
     "We have identified other candidates whose profiles are a closer fit to the requirements.",
     "We regret that we are unable to offer you the position.",
     "Your application was not successful for this recruitment exercise."),
    ("Only shortlisted candidates will be notified.",
     "Your application is being reviewed; we seek your patience while we complete the process.",
     ("interview", "We are pleased to invite you for an interview on 5 March at 10.00 am at our HR office."),
     "If you are not contacted within six weeks from the date of your application, you may reach us for an "
     "update on its status.",
     "Please submit a copy of your nursing registration so that we can continue to process your application."),
))
V.append(Voice(
    "icims-restaurant-chain", "report", "jobs@hiring.tacoverde.example.com", "Hi {name},",
    "Thanks!\nTaco Verde Hiring Team", ("html", "plain"),
    ("Taco Verde - Shift Manager", "Your Taco Verde application", "Thanks for your interest in Taco Verde!"),
    ("Thanks for applying to be a Shift Manager at Taco Verde!",
     "We appreciate your interest in joining the Taco Verde family."),
    ("Our managers look at every application that comes in.",
     "We've had a lot of interest in this location."),
    ("Check out other openings near you on our jobs site!",
     "We'll save your application so managers at other locations can see it.",
     "Good luck, and see you at Taco Verde!"),
    ("This position has been filled.",
     "The location has moved forward with other applicants.",
     "We're not moving ahead with your application for this position.",
     "The manager has selected someone else for this shift.",
     "Your application for this location has been closed.",
     "The hiring manager decided not to schedule an interview.",
     "This job posting has been removed and is no longer accepting applicants."),
    ("Your application has been received! A manager will reach out if they'd like to set up an interview.",
     ("interview", "The manager at our Elm Street location would like to interview you - tap here to pick a "
      "time."),
     "We're still reviewing applications for this location and will update you soon.",
     "Heads up: hiring at this location is taking a little longer than usual. Thanks for hanging in there!",
     "Your application is complete. Only applicants selected for an interview will be contacted."),
))
V.append(Voice(
    "successfactors-pharma-swiss", "report", "noreply-careers@alpenpharma.example.ch", "Dear {name},",
    "Kind regards,\nTalent Acquisition\nAlpenPharma AG, Basel", ("plain", "legal", "forward"),
    ("AlpenPharma - Regulatory Affairs Associate (REQ_88231)", "Your application at AlpenPharma",
     "AlpenPharma: Status update on your application"),
    ("Thank you for your application for the position of Regulatory Affairs Associate and for your interest in "
     "AlpenPharma.",
     "We would like to thank you for the trust you have placed in AlpenPharma by applying."),
    ("We have carefully reviewed your application documents.",
     "We received a large number of qualified applications for this position."),
    ("With your consent, we will keep your profile in our talent pool and contact you if a suitable position "
     "becomes available.",
     "We invite you to continue to follow our job postings.",
     "We wish you every success in your professional future."),
    ("We have decided in favour of another candidate.",
     "We are unable to consider your application further.",
     "Your profile does not sufficiently match the requirements of this position.",
     "The position has already been filled.",
     "The vacancy has been cancelled due to internal reorganisation.",
     "We will not be inviting you to a personal interview.",
     "We are unable to offer you the position."),
    ("We have received your application and will review it in the coming weeks.",
     "Our selection process is taking longer than planned; we apologise for the delay and ask for your "
     "patience.",
     ("interview", "We would like to invite you to a video interview with the hiring manager next week."),
     "Your documents have been forwarded to the hiring department for review.",
     "Please note that we will contact you as soon as a decision has been made."),
))
V.append(Voice(
    "lever-edtech-india", "report", "no-reply@hire.lever.example.co", "Hi {name},",
    "Cheers,\nTeam Vidyapath\nPeople Ops", ("plain", "reply"),
    ("Vidyapath | Product Analyst", "Your application at Vidyapath", "Update on your Vidyapath application"),
    ("Thanks a ton for applying for the Product Analyst role at Vidyapath!",
     "Thank you for giving the assignment round your time and effort."),
    ("Our team went through your profile and the case study in detail.",
     "We received a huge number of applications for this role."),
    ("We'll reach out if a role that suits your profile opens up.",
     "Do follow us on LinkedIn for upcoming openings.",
     "All the very best for your future!"),
    ("We will not be moving ahead with your candidature for this role.",
     "The position has been closed.",
     "We've chosen to go ahead with a candidate whose profile is better aligned to the role.",
     "Your profile is not matching the current requirement.",
     "We won't be able to take your application to the next round.",
     "Post the assignment evaluation, we have decided not to proceed further.",
     "We have put hiring for this role on hold indefinitely."),
    ("Your application is under review; we will get back to you within 10 working days.",
     ("assessment", "Please find attached the case study for the next round; kindly submit it within 48 "
      "hours."),
     "Sorry for the delay in getting back - we are still evaluating the assignments.",
     "In case you do not hear from us in two weeks, feel free to write to us for an update.",
     "We have received your assignment submission. Our team will evaluate it and revert."),
))
V.append(Voice(
    "smartrecruiters-hotels-asia", "report", "careers@lotusbayhotels.smartrecruiters.example", "Dear {name},",
    "Warmest regards,\nTalent & Culture Team\nLotus Bay Hotels & Resorts", ("html", "plain"),
    ("Lotus Bay - Front Office Supervisor", "Thank you for your application",
     "Lotus Bay Hotels: your application"),
    ("Thank you for your interest in the Front Office Supervisor position at Lotus Bay Kuala Lumpur.",
     "We sincerely appreciate you applying with Lotus Bay Hotels & Resorts."),
    ("We were delighted by the number of talented applicants for this position.",
     "Your application has been reviewed by our Talent & Culture team."),
    ("We will keep your resume on file and get in touch should an opportunity matching your profile arise.",
     "We encourage you to explore other opportunities across our hotels.",
     "We wish you every success in your hospitality career."),
    ("We have selected a candidate whose profile more closely matches the position's requirements.",
     "The position is now closed.",
     "We will not be moving forward with your application at this time.",
     "Your application has not been shortlisted.",
     "We have filled the role.",
     "The hotel has decided not to proceed with this vacancy.",
     "We are unable to offer you a place in the next stage of the selection process."),
    ("Your application has been successfully submitted and is being reviewed by our team.",
     ("interview", "We would like to invite you to a virtual interview with our Front Office Manager on "
      "Wednesday."),
     "Kindly note that only shortlisted candidates will be contacted for an interview.",
     "We apologise for the delay in our response and thank you for your patience.",
     "We will keep your application on file while the hotel completes its review."),
))
V.append(Voice(
    "university-research-canada", "report", "grad.research@lakehead-polytech.example.ca", "Dear {name},",
    "Best regards,\nDr. Amélie Fortin\nAssociate Professor, Department of Civil Engineering", ("plain", "reply"),
    ("Re: Graduate research assistant position", "MASc position in my group", "Your inquiry about supervision"),
    ("Thank you for your email and for your interest in the research in my group.",
     "Many thanks for sending your CV, transcripts and research statement."),
    ("I have received a large number of inquiries this year.",
     "I read your materials with interest."),
    ("I would encourage you to contact other faculty members whose research is close to yours.",
     "Please feel free to apply to the graduate program directly, as other supervisors may have openings.",
     "I wish you the best of luck with your applications."),
    ("I have no funded positions available for the coming year.",
     "The position has been offered to another student.",
     "I am not able to take on any new students at this time.",
     "Your background is not a close match for the project.",
     "I have decided not to move forward with your application.",
     "The project's funding was not renewed, so the position will not go ahead.",
     "I have already filled the openings in my lab for September."),
    ("I am currently reviewing applications and will contact shortlisted candidates in February.",
     ("interview", "I would be happy to have a short video call to discuss the project; are you available "
      "on Tuesday?"),
     "I apologise for the delayed reply; I was away at a conference.",
     "Your application to the program will be reviewed by the admissions committee after the deadline.",
     "Unfortunately I cannot reply to every inquiry individually, but I do read them all."),
))
V.append(Voice(
    "public-sector-india", "report", "recruitment@bharatgrid.example.co.in", "Dear Candidate,",
    "Sd/-\nDeputy General Manager (HR)\nBharat Grid Power Corporation Ltd.", ("plain", "oneline"),
    ("Recruitment of Engineer Trainees - Advt. No. 03/2025", "Status of your candidature - Advt. No. 03/2025",
     "BGPCL Recruitment 2025: Intimation"),
    ("This is with reference to your online application for the post of Engineer Trainee against Advertisement "
     "No. 03/2025.",
     "We thank you for applying for the post advertised by the Corporation."),
    ("Applications were scrutinised as per the eligibility criteria notified in the advertisement.",
     "A large number of applications have been received for the said post."),
    ("Candidates are advised to visit the Corporation's website regularly for future advertisements.",
     "The Corporation thanks you for your interest.",
     "This is a system generated mail."),
    ("Your candidature has been rejected as you do not fulfil the eligibility criteria.",
     "You have not qualified for the next stage of the selection process.",
     "Your name does not figure in the list of candidates shortlisted for the interview.",
     "The recruitment against the said advertisement stands cancelled.",
     "Your application has not been considered as the required documents were not uploaded.",
     "You have not been found suitable for the post.",
     "All the posts under the said advertisement have been filled."),
    ("Your application has been received and is under scrutiny.",
     "Admit cards for the written test will be made available on the website in due course.",
     "Candidates will be informed about the result through the website only; no separate communication will be "
     "sent.",
     ("assessment", "You are provisionally admitted to the Computer Based Test; download your admit card from "
      "the website."),
     "Due to administrative reasons the schedule of the written test has been postponed; the inconvenience is "
     "regretted."),
))
V.append(Voice(
    "executive-search-uk", "report", "jwhitlock@caldwellhart.example.co.uk", "Dear {name},",
    "With kind regards,\nJames Whitlock\nPartner, Caldwell Hart Executive Search", ("plain", "reply"),
    ("Chief Financial Officer - Brightmoor Group", "Brightmoor Group - CFO search",
     "Re: Finance Director appointment"),
    ("Thank you for your interest in the Chief Financial Officer appointment at Brightmoor Group, and for the "
     "time you gave to our conversation.",
     "May I thank you once again for your engagement with this search over recent weeks."),
    ("We have now presented a longlist to the Board's nominations committee.",
     "The response to this appointment has been exceptionally strong."),
    ("I would very much like to keep in touch, as we are frequently engaged on similar mandates.",
     "Please do stay in contact, and let me know when your situation changes.",
     "I wish you every success."),
    ("The committee has decided not to take your candidacy forward to the shortlist.",
     "Our client has now made an appointment.",
     "The client has decided to pursue candidates with listed-company experience.",
     "The Board has decided to pause the search following the acquisition announcement.",
     "I am afraid we will not be progressing your application further.",
     "On balance the committee felt that other candidates were closer to the brief.",
     "You will not be among those invited to meet the Chair."),
    ("The committee will meet next week to agree the shortlist, and I will be in touch shortly afterwards.",
     ("interview", "The Chair would like to meet you; could you let me know your availability next week?"),
     "I apologise for the delay; the Board's timetable has slipped by a fortnight.",
     "Your details have been shared with the client, and we will revert once they have had a chance to review.",
     "There is no decision yet, and you remain under active consideration."),
))
V.append(Voice(
    "founder-australia", "report", "liam@saltwatersurfco.example.com.au", "Hey {name},",
    "Cheers,\nLiam\nSaltwater Surf Co.", ("plain", "oneline"),
    ("Re: marketing coordinator", "Saltwater Surf Co - marketing role", "Re: your application"),
    ("Cheers for putting your hand up for the marketing coordinator gig, mate.",
     "Thanks heaps for applying and for the cool ideas you sent through."),
    ("We got flooded with applications, way more than we expected.",
     "I had a good look through everything you sent."),
    ("I'll keep your details handy in case anything comes up down the track.",
     "Keep an eye on our socials for any new roles.",
     "Best of luck with it all."),
    ("We've gone with someone who's worked in surf retail before.",
     "The role's been filled.",
     "We've decided to keep marketing in-house for now, so we won't be hiring for it.",
     "It's not quite the right fit for us at the moment.",
     "We won't be taking it any further.",
     "We've locked someone in for the role.",
     "I don't reckon it's the right match for this one."),
    ("I'm still working through the applications and will get back to everyone next week.",
     ("interview", "Keen to have a chat - are you free for a coffee on Thursday arvo?"),
     "Sorry for the slow reply, been a mad week with the new store opening.",
     "Got your application, cheers! I'll have a proper look at it this weekend.",
     "No decision yet, still chatting to a few people."),
))
V.append(Voice(
    "museum-nonprofit-us", "report", "hr@riverstonemuseum.example.org", "Dear {name},",
    "Sincerely,\nHuman Resources\nRiverstone Museum of Art", ("legal", "plain"),
    ("Riverstone Museum: Education Coordinator", "Your application to the Riverstone Museum",
     "Thank you from the Riverstone Museum"),
    ("Thank you for your application for the Education Coordinator position at the Riverstone Museum of Art.",
     "On behalf of the search committee, thank you for your interest in the Riverstone Museum."),
    ("The committee was impressed by the depth of experience in our applicant pool.",
     "The search committee has completed its review of all applications."),
    ("We encourage you to stay connected with the museum and to apply for future openings.",
     "As a thank you, please enjoy a complimentary pass for two on your next visit.",
     "We wish you all the best in your professional endeavors."),
    ("The committee has selected a candidate for the position.",
     "We will not be advancing your application to the interview phase.",
     "The position has been filled.",
     "Due to a change in our grant funding, the position has been eliminated.",
     "The committee has decided to pursue other candidates.",
     "Your candidacy will not be moving forward.",
     "We will not be contacting you for further steps in this search."),
    ("The committee will begin reviewing applications after the posting closes on October 15.",
     ("interview", "The search committee would like to invite you to a phone interview next week."),
     "We regret that we are unable to respond to every applicant individually; candidates selected for "
     "interviews will be contacted.",
     "The search has been delayed by the holiday closure; we appreciate your patience.",
     "We have received your application, cover letter and writing sample."),
))
V.append(Voice(
    "accounting-firm-canada", "report", "careers@bellamyross.example.ca", "Hi {name},",
    "Best regards,\nCampus Recruitment\nBellamy Ross LLP Chartered Professional Accountants", ("plain", "html"),
    ("Bellamy Ross - Fall 2025 Audit Associate", "Your application to Bellamy Ross",
     "Bellamy Ross campus recruitment update"),
    ("Thank you for your interest in Bellamy Ross and for applying to our Fall 2025 Audit Associate program.",
     "Thank you for meeting with us at the coffee chats and for applying to join our Calgary office."),
    ("This year's campus recruitment has been very competitive.",
     "We have carefully reviewed your resume, transcripts and cover letter."),
    ("We will keep your resume on file, and we encourage you to apply again for future campus recruiting "
     "seasons.",
     "We hope to see you at one of our future campus events.",
     "We wish you all the best with your CPA journey."),
    ("We are unable to offer you a first-round interview.",
     "Our Fall 2025 class is now full.",
     "We will not be moving forward with your application.",
     "After our office visits, we have decided not to extend an offer.",
     "Your application will not progress to the next stage of our process.",
     "We have decided not to proceed with your candidacy at this time.",
     "Other candidates more closely met our requirements."),
    ("Our team will review applications after the posting closes, and candidates selected for interviews will be "
     "contacted by October 4.",
     ("interview", "We would like to invite you to a first-round interview on October 9."),
     "If you have not heard back from us by October 10, your application is still being considered for our "
     "winter program.",
     "We appreciate your patience as we finalize interview schedules.",
     "We have received your application and transcripts."),
))
V.append(Voice(
    "school-uk", "report", "office@stmarysacademy.example.sch.uk", "Dear {name},",
    "Yours sincerely,\nMrs H. Patel\nHeadteacher, St Mary's Academy", ("plain", "legal"),
    ("Teacher of Mathematics - St Mary's Academy", "Your application to St Mary's Academy",
     "Teaching Assistant vacancy"),
    ("Thank you for your application for the post of Teacher of Mathematics at St Mary's Academy.",
     "Thank you for attending the interview day at St Mary's and for the lesson you taught."),
    ("The panel received a large number of applications of a high standard.",
     "Shortlisting has now taken place."),
    ("We would encourage you to apply for future vacancies at the Academy.",
     "We hope you will consider applying to our trust's other schools.",
     "I wish you every success in your teaching career."),
    ("I am sorry to let you know that you have not been shortlisted for interview.",
     "The post has now been offered to and accepted by another candidate.",
     "The governors have decided not to appoint to the post at this time.",
     "On this occasion we will not be taking your application further.",
     "The panel decided to appoint a candidate with more experience of teaching A level.",
     "Your application has not been successful.",
     "We have appointed to the post."),
    ("Shortlisting will take place on 3 March and shortlisted candidates will be contacted by telephone.",
     "If you have not heard from us by 10 March, please assume that your application has not been shortlisted.",
     ("interview", "I am pleased to invite you to interview on Thursday 14 March; you will be asked to teach a "
      "30-minute lesson."),
     "Your references have been requested in line with safer recruitment procedures.",
     "We apologise that the interview date has had to be moved; we will confirm a new date shortly."),
))
V.append(Voice(
    "telecom-singapore", "report", "talent@merlionconnect.example.sg", "Hi {name},",
    "Best regards,\nTalent Acquisition\nMerlion Connect Pte Ltd", ("plain", "html"),
    ("Merlion Connect - Network Engineer", "Your application with Merlion Connect",
     "Merlion Connect: Application Status"),
    ("Thank you for your application for the Network Engineer role at Merlion Connect.",
     "Thank you for taking time to attend the interview with our hiring team."),
    ("Our team has carefully evaluated your application.",
     "We received an encouraging response for this role."),
    ("We will retain your resume in our talent pool for future openings.",
     "Do continue to check our careers page for roles that match your skills.",
     "We wish you all the best in your career."),
    ("We will not be proceeding with your application for this role.",
     "We have decided to proceed with another candidate.",
     "The position is no longer available.",
     "Your profile is not a match for our current requirements.",
     "We regret that we are unable to offer you the position.",
     "Your application will not be moving on to the next stage.",
     "We have closed the role."),
    ("Only shortlisted candidates will be contacted.",
     "Your application is currently being reviewed by the hiring manager.",
     ("interview", "We would like to invite you for a second interview with our Head of Network Operations."),
     "We apologise for the delay in our reply and appreciate your patience.",
     "We will keep your application on file while we review all the applications received."),
))
V.append(Voice(
    "consulting-boutique-us", "report", "recruiting@northfieldpartners.example.com", "Dear {name},",
    "Best regards,\nRecruiting Team\nNorthfield Partners", ("plain", "reply", "oneline"),
    ("Northfield Partners - Associate Consultant", "Northfield Partners: Your application",
     "Following up on your Northfield Partners interviews"),
    ("Thank you for your interest in Northfield Partners and for the time you invested in our interview process.",
     "We appreciate your application to the Associate Consultant position."),
    ("We enjoyed getting to know you through the case interviews.",
     "Our team has reviewed your materials carefully."),
    ("We would welcome your application again in a future recruiting cycle.",
     "We hope to stay in touch as your career develops.",
     "We wish you every success."),
    ("We have decided not to move forward with your candidacy.",
     "We will not be extending an offer to you for the Associate Consultant position.",
     "Our class for the coming year has been filled.",
     "The team has decided to pursue other candidates.",
     "We will not be inviting you to final round interviews.",
     "Your application will not be advancing.",
     "We have concluded that there is not a match at this time."),
    ("We have received your application and our team will be in touch in the coming weeks.",
     ("interview", "We are pleased to invite you to our final round interviews in Boston on November 12."),
     "Our recruiting timeline has been extended, and we expect to make decisions by the end of the month.",
     "Due to the high volume of applications, we are unable to provide feedback at the resume stage.",
     "Candidates selected for first round interviews will be notified by email."),
))


def _rejection(v: Voice, k: int, decision: str) -> str:
    """An opening, furniture, the decision and a closing; where the decision stands moves with k."""
    opening, furniture = v.opens[k % len(v.opens)], v.furniture[k % len(v.furniture)]
    close = v.closes[k % len(v.closes)]
    order = k % 4
    if order == 0:
        return f"{opening}\n\n{decision} {close}"
    if order == 1:
        return f"{opening} {furniture}\n\n{decision}\n\n{close}"
    if order == 2:
        return f"{opening}\n\n{furniture} {close} {decision}"
    other = v.furniture[(k + 1) % len(v.furniture)]
    return f"{opening} {furniture} {other}\n\n{decision} {v.closes[(k + 1) % len(v.closes)]}\n\n{close}"


# Furniture that tells of a review already done would contradict a pending clause; negatives leave it out.
_DONE = re.compile(r"\b(?:reviewed|completed|concluded|assessed|considered|scrutinised|looked|evaluated|went through|"
                   r"read|presented|compare|met|enjoyed|impressed|struck|now)\b")


def _negative(v: Voice, k: int, pending: str) -> str:
    calm = [f for f in v.furniture if not _DONE.search(f)] or [""]
    opening, furniture = v.opens[k % len(v.opens)], calm[k % len(calm)]
    close = v.neg_closes[k % len(v.neg_closes)]
    if k % 2 == 0:
        return f"{opening} {furniture}\n\n{pending}\n\n{close}"
    return f"{opening}\n\n{pending} {furniture} {close}"


def messages() -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "html", "sender", "i"}. An
    HTML-only message's body is its HTML; `mail_en_acks.py` reads it as the import does."""
    out = []
    n = 0
    for v in V:
        letters = [(REJ, v.subjects[k % len(v.subjects)], _rejection(v, k, d)) for k, d in enumerate(v.decisions)]
        for k, p in enumerate(v.pending):
            label, text = p if isinstance(p, tuple) else (ACK, p)
            letters.append((label, v.subjects[(k + 1) % len(v.subjects)], _negative(v, k, text)))
        dressed = Dressed(v.key, v.half, v.sender, v.greet, v.sign, v.dresses)
        for i, (label, subject, body) in enumerate(letters):
            text, is_html = _dress(dressed, i, n, subject, body.replace("{", "{{").replace("}", "}}"))
            out.append({"writer": v.key, "half": v.half, "label": label, "subject": subject, "body": text,
                        "html": is_html, "sender": v.sender, "i": n})
            n += 1
    return out
