/** The sample roster offered on the page; mirrors tests/fixtures/rosters/sample.csv (a unit test keeps them equal). */
export const SAMPLE_ROSTER = `Job Title,Headcount,Department
Registered Nurse,42,Clinical
Medical Assistant,18,Clinical
Medical Records Clerk,6,Health Information
Software Engineer,25,Technology
Data Analyst,8,Technology
IT Help Desk,7,Technology
Customer Service Representative,30,Member Services
Claims Processor,14,Member Services
Paralegal,4,Legal
Attorney,3,Legal
Accountant,9,Finance
Payroll Clerk,5,Finance
HR Generalist,6,People
Recruiter,4,People
Marketing Manager,3,Marketing
Copywriter,2,Marketing
Truck Driver,12,Logistics
Warehouse Associate,20,Logistics
Janitor,10,Facilities
Executive Assistant,5,Administration
`;
