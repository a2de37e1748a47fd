/** 30 common occupations across groups, the sample the reskilling-path properties are measured on (issue 12). */
export const COMMON_OCCUPATIONS = [
  ['office', '43-9061.00'], ['office', '43-6014.00'], ['office', '43-3031.00'], ['office', '43-4051.00'], ['office', '43-9021.00'], ['office', '43-4171.00'],
  ['sales', '41-2031.00'], ['sales', '41-2011.00'], ['sales', '41-3091.00'], ['sales', '41-4012.00'],
  ['food', '35-3023.00'], ['food', '35-2014.00'], ['food', '35-3031.00'],
  ['transport', '53-3032.00'], ['transport', '53-7062.00'], ['transport', '53-3033.00'],
  ['health', '29-1141.00'], ['health', '31-1131.00'], ['health', '31-9092.00'], ['health', '29-2052.00'],
  ['IT', '15-1252.00'], ['IT', '15-1232.00'], ['IT', '15-1211.00'],
  ['legal', '23-2011.00'], ['legal', '23-1011.00'],
  ['finance', '13-2011.00'], ['finance', '13-1031.00'], ['finance', '43-3071.00'],
  ['arts', '27-1024.00'], ['arts', '27-3041.00'],
] as const;
